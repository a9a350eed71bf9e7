"""`serve --workers N`: several server processes over one store, as one application — one
secret for the CSRF tokens, limits split between the processes, and a moderator's decision seen
by every process's cached profiles at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest
from web_corpus import PASSWORD, KeywordCoder

from multivector.store import open_store
from multivector.web import serving
from multivector.web.app import create_app
from multivector.web.community import Community
from multivector.web.security import RateLimiter, WebSettings


def test_each_worker_allows_its_share_of_a_limit():
    for share, allowed in ((1, 10), (2, 5), (3, 4)):
        limiter = RateLimiter(share=share)
        hits = [limiter.hit("login", "owner@203.0.113.9", 10, 60.0) for _ in range(12)]
        assert hits.count(True) == allowed and hits[:allowed] == [True] * allowed
    # two workers together never allow more than the limit
    a, b = RateLimiter(share=2), RateLimiter(share=2)
    together = [lim.hit("post", "7", 10, 60.0) for _ in range(10) for lim in (a, b)]
    assert together.count(True) == 10


def _app(store, **kw):
    from argon2 import PasswordHasher

    community = Community(store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    return create_app(
        store,
        WebSettings(secure_cookies=False, login_rate=(1000, 60.0), post_rate=(1000, 60.0), **kw),
        coder_factory=KeywordCoder,
        community=community,
    )


def test_a_decision_in_one_worker_refreshes_the_other_workers_profiles(store, tmp_path):
    # two processes' applications: the second over its own connection to the same file
    first = _app(store).state.service
    second = _app(open_store(str(store.engine.url))).state.service
    users = first.community
    users.create_user("cora", PASSWORD, role="contributor")
    users.create_user("mod", PASSWORD, role="moderator")
    cora, mod = users.get_user_by_name("cora"), users.get_user_by_name("mod")

    before = second.actor("KAZ")
    assert second.actor("KAZ")["n_events"] == before["n_events"]  # cached
    event_id = before["recent"][0]["event_id"]
    item = first.propose_correction(cora, event_id, {}, True, "not an event: a quotation")
    first.moderate(mod, "correction", item, "accept", "agreed")
    after = second.actor("KAZ")
    assert after["n_events"] == before["n_events"] - 1
    assert event_id not in {e["event_id"] for e in after["recent"]}


def test_serve_with_workers_gives_every_worker_the_same_settings(tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from multivector.cli.serve import serve

    calls: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.delenv(serving.ENV, raising=False)
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    r = CliRunner().invoke(serve, ["--db", db, "--workers", "2", "--forwarded-allow-ips", "10.0.0.1"])
    assert r.exit_code == 0, r.output
    target, kw = calls[-1]
    assert target == "multivector.web.serving:app_from_environment"
    assert kw["factory"] is True and kw["workers"] == 2 and kw["proxy_headers"] is False
    # what each worker builds: the same key (a token one issued is good at the other)
    one, two = serving.app_from_environment(), serving.app_from_environment()
    s1, s2 = one.state.service.settings, two.state.service.settings
    assert s1.workers == 2 and s1.trusted_proxies == ("10.0.0.1",) and not s1.secure_cookies
    assert s1.secret_key == s2.secret_key
    assert one.state.csrf_tokens.for_session("abc") == two.state.csrf_tokens.for_session("abc")
    assert one.state.service.limiter.hit("x", "y", 1, 60.0)  # a share of a limit of 1 is 1
    monkeypatch.delenv(serving.ENV)
    with pytest.raises(RuntimeError, match="--workers"):
        serving.app_from_environment()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _workers(pid: int) -> list[str]:
    """The worker processes the server started (not multiprocessing's resource tracker)."""
    from pathlib import Path

    children = [c for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()]  # fmt: skip
    return [c for c in children if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts processes in /proc")
def test_two_server_processes_serve_one_session(tmp_path):
    """A real `serve --workers 2`: an account registered through one connection is logged in
    on every later connection, whichever process answers it."""
    import httpx

    db = f"sqlite:///{tmp_path / 'two.db'}"
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "multivector", "serve", "--db", db, "--port", str(port),
         "--workers", "2"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "server did not start"
            time.sleep(0.2)
        with httpx.Client(base_url=base) as c:
            c.get("/register")
            r = c.post("/register", data={"username": "wanda", "password": PASSWORD,
                                          "password2": PASSWORD, "csrf_token": c.cookies["mv_csrf"]})  # fmt: skip
            assert r.status_code in (200, 303), r.text[:300]
            session = c.cookies["mv_session"]
        for _ in range(12):  # a new connection each time: the kernel picks the process
            with httpx.Client(base_url=base, cookies={"mv_session": session}) as c:
                page = c.get("/account")
                assert page.status_code == 200 and "wanda" in page.text
        assert len(_workers(server.pid)) == 2
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
