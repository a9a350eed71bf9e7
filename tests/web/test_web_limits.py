"""Findings 1-4 of the security probe (issue 11): chunked bodies, impossible dates and huge
ids, forged X-Forwarded-For, and lock-outs through the login limit."""

from __future__ import annotations

import asyncio
import resource
import socket
import threading
import time

import pytest
from web_corpus import PASSWORD, KeywordCoder, csrf

from multivector.web.app import create_app
from multivector.web.security import ClientAddress, WebSettings, parse_trusted

MB = 1_000_000
HTML = {"accept": "text/html,application/xhtml+xml"}


# -- 1. request bodies over the limit ------------------------------------------------------------


async def _post_stream(
    app, path: str, total: int, chunk: int, head: bytes = b"", piece: bytes = b"x", **kw
) -> tuple[int, str, int]:
    """POST ``head`` then ``total`` bytes of ``piece`` as a chunked stream (no Content-Length);
    answers (status, text, bytes the app pulled)."""
    import httpx

    pulled = 0
    block = (piece * (chunk // len(piece) + 1))[:chunk]

    async def body():
        nonlocal pulled
        if head:
            pulled += len(head)
            yield head
        for _ in range(total // chunk):
            pulled += chunk
            yield block

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        r = await c.post(path, content=body(), **kw)
    return r.status_code, r.text, pulled


def test_chunked_body_over_the_limit_is_refused_without_reading_it(app, settings):
    """300 MB without Content-Length: 413 once the limit is passed, the rest never read."""
    limit = settings.max_request_bytes
    status, text, pulled = asyncio.run(
        _post_stream(
            app, "/api/v1/tokens", 300 * MB, MB, headers={"content-type": "application/json"}
        )
    )
    assert status == 413 and "larger than" in text
    assert pulled <= limit + MB  # the limit plus the chunk that crossed it, of 300 MB
    # a form of many small fields, and a file upload: the same, as an HTML page
    field = b"f=" + b"x" * 3998 + b"&"
    upload = (
        b'--zzz\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\n"
    )
    for path, ctype, head, piece in (
        ("/login", "application/x-www-form-urlencoded", b"", field),
        ("/contribute", "multipart/form-data; boundary=zzz", upload, b"x"),
    ):
        status, text, pulled = asyncio.run(
            _post_stream(
                app, path, 50 * MB, 256_000, head, piece, headers={"content-type": ctype, **HTML}
            )
        )
        assert status == 413 and "<html" in text and "larger than" in text, (path, status)
        assert pulled <= limit + 256_000 + len(head)


def test_declared_length_over_the_limit_is_refused_before_reading(app, settings):
    status, _, pulled = asyncio.run(
        _post_stream(
            app,
            "/api/v1/tokens",
            10 * MB,
            MB,
            headers={"content-length": str(10 * MB), "content-type": "application/json"},
        )
    )
    assert status == 413 and pulled == 0
    status, _, _ = asyncio.run(
        _post_stream(app, "/api/v1/tokens", MB, MB, headers={"content-length": "12x"})
    )
    assert status == 400


def test_bodies_under_the_limit_still_work(client):
    r = client.post("/api/v1/tokens", json={"username": "cora", "password": PASSWORD})
    assert r.status_code == 201 and r.json()["token"].startswith("mvt_")


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1000
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000


@pytest.fixture
def live_server(app):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", proxy_headers=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_chunked_300_mb_against_uvicorn_is_refused_and_memory_stays_flat(live_server):
    """The probe's attack over a real socket: 300 MB chunked to /api/v1/tokens, no login."""
    before = _rss_mb()
    sent = 0
    chunk = b"x" * 65536
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    reply = b""
    with socket.create_connection(("127.0.0.1", live_server), timeout=10) as s:
        s.sendall(
            b"POST /api/v1/tokens HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        s.setblocking(False)
        deadline = time.monotonic() + 60
        while sent < 300 * MB and time.monotonic() < deadline:
            try:
                reply += s.recv(65536)
                break  # the server answered
            except BlockingIOError:
                pass
            try:
                sent += s.send(frame)
            except BlockingIOError:
                time.sleep(0.001)  # the server stopped reading: our buffers are full
            except OSError:
                break  # the server closed the connection
        s.setblocking(True)
        try:
            while b"\r\n\r\n" not in reply:
                data = s.recv(65536)
                if not data:
                    break
                reply += data
        except OSError:
            pass
    grown = _rss_mb() - before
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert sent < 50 * MB, f"the server read {sent / MB:.0f} MB before refusing"
    assert grown < 100, f"memory grew by {grown:.0f} MB"


# -- 2. impossible dates and huge ids --------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["since=2024-02-31", "until=2023-02-29", "since=2024-13", "until=0000"]
)
def test_impossible_dates_are_a_400_in_the_api_and_reported_on_pages(client, query):
    r = client.get(f"/api/v1/events?{query}")
    assert r.status_code == 400 and "not a valid value" in r.json()["detail"]
    r = client.get(f"/search?{query}", headers=HTML)
    assert r.status_code == 200 and "not a valid value" in r.text
    r = client.get(f"/api/v1/search?{query}")
    assert r.status_code == 200 and r.json()["problems"]


def test_real_dates_still_filter(client):
    assert client.get("/api/v1/events?since=2024-02-29").json()["total"] == 0
    assert client.get("/api/v1/events?since=1993-01&until=2013").json()["total"] == 3


HUGE = "99999999999999999999999"


def test_huge_and_malformed_ids_are_404_html_for_browsers_and_json_for_the_api(client):
    for path in (f"/questions/{HUGE}", "/questions/abc", "/questions/0", f"/questions/{2**63}"):
        r = client.get(path, headers=HTML)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), path
        assert 'id="error"' in r.text
    for path in (f"/api/v1/questions/{HUGE}", "/api/v1/questions/abc"):
        r = client.get(path, headers=HTML)
        assert r.status_code == 404 and r.headers["content-type"] == "application/json", path
        assert "detail" in r.json()
    assert client.get(f"/api/v1/questions/{2**63 - 1}").status_code == 404
    r = client.get(f"/api/v1/events?offset={HUGE}")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "offset"]


def test_huge_ids_in_posts_are_refused_not_crashed(client):
    from web_corpus import login

    login(client, "mod")
    token = csrf(client)
    for path, data in (
        (f"/comments/{HUGE}/hide", {"reason": "r"}),
        (f"/moderation/contribution/{HUGE}", {"decision": "accept", "reason": "r"}),
        (f"/account/tokens/{HUGE}/revoke", {}),
        (f"/questions/{HUGE}/answers", {"body": "b"}),
    ):
        r = client.post(path, data={"csrf_token": token, **data}, headers=HTML)
        assert r.status_code == 404, (path, r.status_code)
    qid = client.post(
        "/api/v1/questions", json={"body": "q?"}, headers={"X-CSRF-Token": token}
    ).json()["id"]
    r = client.post(
        f"/questions/{qid}/accept", data={"csrf_token": token, "answer_id": HUGE}, headers=HTML
    )
    assert r.status_code == 422 and "<html" in r.text
    r = client.post(
        f"/api/v1/questions/{qid}/accept",
        json={"answer_id": int(HUGE)},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 422


# -- 3. X-Forwarded-For ------------------------------------------------------------------------------


def _app(store, **kw):
    from argon2 import PasswordHasher

    from multivector.web.community import Community

    community = Community(store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    community.create_user("owner", PASSWORD, role="reader")
    return create_app(
        store,
        WebSettings(secure_cookies=False, **kw),
        coder_factory=KeywordCoder,
        community=community,
    )


def _try_login(app, username: str, password: str, peer: str, forwarded: str | None = None) -> int:
    from fastapi.testclient import TestClient

    with TestClient(app, client=(peer, 40000)) as c:
        c.get("/login")
        headers = {"x-forwarded-for": forwarded} if forwarded else {}
        r = c.post(
            "/login",
            headers=headers,
            follow_redirects=False,
            data={
                "username": username,
                "password": password,
                "csrf_token": c.cookies.get("mv_csrf"),
            },
        )
    return r.status_code


def test_forged_forwarded_for_does_not_dodge_the_limit(store):
    app = _app(store, login_rate=(3, 60.0), login_address_rate=(3, 60.0))
    codes = [
        _try_login(app, f"someone{i}", "wrong-password", "127.0.0.1", f"10.9.9.{i}")
        for i in range(5)
    ]
    assert codes == [401, 401, 401, 429, 429]


def test_forwarded_for_is_read_from_trusted_proxies_only(store):
    app = _app(
        store, login_rate=(3, 60.0), login_address_rate=(3, 60.0), trusted_proxies=("127.0.0.1",)
    )
    # behind the named proxy each real client has its own budget
    codes = [
        _try_login(app, "owner", "wrong-password", "127.0.0.1", f"10.9.9.{i}") for i in range(5)
    ]
    assert codes == [401] * 5
    # a client that is not the proxy cannot name itself someone else
    codes = [
        _try_login(app, "owner", "wrong-password", "10.1.1.1", f"10.8.8.{i}") for i in range(4)
    ]
    assert codes == [401, 401, 401, 429]


def test_client_address_takes_the_right_most_untrusted_hop():
    addr = ClientAddress(["127.0.0.1", "10.0.0.0/8"])
    assert addr("127.0.0.1", "203.0.113.7") == "203.0.113.7"
    # what the client wrote to the left of its proxy's entry is ignored
    assert addr("127.0.0.1", "1.2.3.4, 203.0.113.7, 10.0.0.2") == "203.0.113.7"
    assert addr("198.51.100.1", "1.2.3.4") == "198.51.100.1"  # not a trusted peer
    assert addr("127.0.0.1", "not-an-ip") == "127.0.0.1"
    assert addr("127.0.0.1", None) == "127.0.0.1"
    assert ClientAddress([])("127.0.0.1", "1.2.3.4") == "127.0.0.1"
    assert ClientAddress(["*"])("192.0.2.5", "1.2.3.4") == "1.2.3.4"
    assert parse_trusted(" 127.0.0.1, ::1 ,10.0.0.0/8") == ("127.0.0.1", "::1", "10.0.0.0/8")
    with pytest.raises(ValueError):
        parse_trusted("localhost")


def test_serve_trusts_no_proxy_unless_told(tmp_path, monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from multivector.cli.serve import serve

    calls: list[tuple] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    db = f"sqlite:///{tmp_path / 'serve.db'}"
    runner = CliRunner()
    assert runner.invoke(serve, ["--db", db]).exit_code == 0
    app, kw = calls[-1]
    assert kw["proxy_headers"] is False
    assert app.state.service.settings.trusted_proxies == ()
    r = runner.invoke(serve, ["--db", db, "--forwarded-allow-ips", "10.0.0.1,192.168.0.0/16"])
    assert r.exit_code == 0, r.output
    assert calls[-1][0].state.service.settings.trusted_proxies == ("10.0.0.1", "192.168.0.0/16")
    assert runner.invoke(serve, ["--db", db, "--forwarded-allow-ips", "proxy"]).exit_code == 2


# -- 4. nobody locks out an account's owner --------------------------------------------------------


def test_failed_logins_elsewhere_do_not_lock_out_the_owner(store):
    app = _app(store, login_rate=(3, 60.0), login_address_rate=(100, 60.0))
    attacker = [_try_login(app, "owner", "wrong-password", "203.0.113.66") for _ in range(6)]
    assert attacker == [401, 401, 401, 429, 429, 429]
    # the owner, at another address, logs in at once
    assert _try_login(app, "owner", PASSWORD, "198.51.100.20") == 303
    # even the right password is refused from the attacker's address while the limit holds
    assert _try_login(app, "OWNER", PASSWORD, "203.0.113.66") == 429


def test_successful_logins_do_not_count(store):
    app = _app(store, login_rate=(3, 60.0), login_address_rate=(3, 60.0))
    assert [_try_login(app, "owner", PASSWORD, "198.51.100.20") for _ in range(6)] == [303] * 6
    assert _try_login(app, "owner", "wrong-password", "198.51.100.20") == 401


def test_one_address_cannot_try_many_accounts(store):
    app = _app(store, login_rate=(3, 60.0), login_address_rate=(4, 60.0))
    codes = [_try_login(app, f"user{i}", "wrong-password", "203.0.113.9") for i in range(6)]
    assert codes == [401, 401, 401, 401, 429, 429]
