"""The commands: fetch, sources, documents, archive export, watch (stopped by SIGTERM and
killed with SIGKILL mid-round, then resumed without duplicates); the client's refusals."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fetch_site import Site

from multivector.cli import main
from multivector.fetch import FetchOptions, PoliteClient

HERE = Path(__file__).parent
SRC = HERE.parents[1] / "src"


def _no_model(monkeypatch):
    from fetch_fake_coder import SignedCoder

    import multivector.cli.fetch as cli_fetch

    monkeypatch.setattr(cli_fetch, "_coder", lambda model, strict: SignedCoder())


def test_fetch_sources_documents_and_warc(tmp_path, site, monkeypatch):
    _no_model(monkeypatch)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# articles\n{site.base}/a/1\n{site.base}/a/2\n\n")
    r = CliRunner().invoke(main, ["fetch", str(urls), "--db", db, "--interval", "0",
                                  "--allow-private", "--contact", "me@example.org"])  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "stored 2 documents" in r.output
    r = CliRunner().invoke(main, ["sources", "--db", db])
    assert r.exit_code == 0 and "/a/1" in r.output and "fetched" in r.output
    r = CliRunner().invoke(main, ["documents", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert len(rows) == 2 and rows[0]["story_id"] == rows[1]["story_id"]
    assert rows[0]["n_articles"] == 2 and rows[0]["outlet"] == "127.0.0.1"
    r = CliRunner().invoke(main, ["documents", "--db", db, "--story", rows[0]["story_id"],
                                  "--format", "csv"])  # fmt: skip
    assert r.output.count("\n") == 3
    warc = tmp_path / "out.warc.gz"
    r = CliRunner().invoke(main, ["archive", "export", "--db", db, "--warc", str(warc)])
    assert r.exit_code == 0, r.output
    from warcio.archiveiterator import ArchiveIterator

    with warc.open("rb") as fh:
        records = [rec.rec_headers.get_header("WARC-Target-URI") for rec in ArchiveIterator(fh)]
    assert sorted(records) == [f"{site.base}/a/1", f"{site.base}/a/2"]
    r = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl"])
    once = len(r.output.splitlines())
    r = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl", "--per-article"])
    assert len(r.output.splitlines()) == 2 * once == 2
    r = CliRunner().invoke(main, ["events", "--db", db])
    assert "reported by 2 articles from 1 outlets" in r.output and "1 of 1 events" in r.output
    r = CliRunner().invoke(main, ["events", "--db", db, "--format", "gdelt", "--gdelt-header"])
    header, row = (line.split("\t") for line in r.output.splitlines())
    assert dict(zip(header, row, strict=True))["NumArticles"] == "2"


def test_fetch_passes_strict_and_no_model_to_its_coders(tmp_path, site, monkeypatch):
    from fetch_fake_coder import SignedCoder

    import multivector.cli.fetch as cli_fetch
    from multivector.cli.code import worker_factory

    asked = []
    monkeypatch.setattr(cli_fetch, "_coder", lambda m, s: asked.append((m, s)) or SignedCoder())
    db = f"sqlite:///{tmp_path / 'c.db'}"
    for flags in ([], ["--strict"], ["--no-model"]):
        r = CliRunner().invoke(main, ["fetch", f"{site.base}/a/1", "--db", db, "--interval", "0",
                                      "--allow-private", *flags])  # fmt: skip
        assert r.exit_code == 0, r.output
    assert asked == [(True, False), (True, True), (False, False)]
    # worker processes build the same coder: none named for the default one
    assert worker_factory((), True, False) is None
    assert worker_factory((), True, True).args == ((), True, True)
    assert worker_factory((), False, False).args == ((), False, False)


def test_loopback_is_refused_without_allow_private(tmp_path, site, monkeypatch):
    _no_model(monkeypatch)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    r = CliRunner().invoke(main, ["fetch", site.base + "/a/1", "--db", db, "--interval", "0"])
    assert r.exit_code == 0
    r = CliRunner().invoke(main, ["sources", "--db", db, "--format", "jsonl"])
    rec = json.loads(r.output.splitlines()[0])
    assert rec["status"].startswith("failed:private or loopback address 127.0.0.1")
    assert site.hits == {}


def test_client_refusals(site):
    opts = FetchOptions(min_interval=0, allow_private=True, max_bytes=1000, max_redirects=1,
                        read_timeout=1, retries=0)  # fmt: skip
    with PoliteClient(opts) as c:
        assert c.get(site.base + "/hugedeclared").outcome == "too-large"
        assert c.get("ftp://example.org/x").reason.startswith("not an http(s) URL")
        assert c.get(site.base + "/huge").outcome == "too-large"
        assert "redirect" in c.get(site.base + "/loop1").reason
    with PoliteClient(FetchOptions(min_interval=0, allow_private=True, max_retry_after=0.5,
                                   backoff=0.01)) as c:  # fmt: skip
        res = c.get(site.base + "/busy")
        assert res.outcome == "failed" and "Retry-After 1s exceeds" in res.reason
    with PoliteClient(FetchOptions(contact="ops@example.org")) as c:
        assert "multivector/" in c.options.user_agent() and "ops@example.org" in c.options.user_agent()


WATCHER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {here!r})
    from fetch_fake_coder import SignedCoder
    from multivector.fetch import FetchOptions, load_sources
    from multivector.fetch.run import StopFlag
    from multivector.fetch.watch import stop_on_signals, watch
    from multivector.store import open_store

    store = open_store({db!r})
    opts = FetchOptions(min_interval={interval}, allow_private=True, read_timeout=1, retries=0)
    with stop_on_signals(StopFlag()) as stop:
        watch(store, load_sources({sources!r}), SignedCoder(), options=opts, say=print,
              stop=stop, batch_size=1)
    print("stopped", flush=True)
""")


def _docs(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_watch_killed_mid_round_resumes_without_duplicates(tmp_path, sig):
    from fetch_site import PAGES, rss

    site = Site()
    try:
        links = []
        for i in range(12):  # distinct articles (distinct stories)
            path = f"/n/{i}"
            PAGES[path] = _article(i)
            links.append(path)
        feed = rss(site.base, links)
        site.route = _with_feed(site.route, feed)
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"- url: {site.base}/many.xml\n  name: many\n  outlet: Wire\n"
                           f"  interval: 1h\n")  # fmt: skip
        db_path = tmp_path / "w.db"
        script = WATCHER.format(here=str(HERE), db=f"sqlite:///{db_path}", interval=0.3,
                                sources=str(sources))  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(SRC)}
        proc = subprocess.Popen([sys.executable, "-c", script], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        deadline = time.monotonic() + 120
        while _docs(db_path) < 3:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
        partial = _docs(db_path)
        assert 3 <= partial < 12
        if sig == signal.SIGTERM:
            assert b"stopped" in out, err.decode()
        again = WATCHER.format(here=str(HERE), db=f"sqlite:///{db_path}", interval=0,
                               sources=str(sources)).replace("say=print,", "say=print, max_rounds=1,")  # fmt: skip
        done = subprocess.run([sys.executable, "-c", again], env=env, capture_output=True,
                              timeout=120)  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
            urls = conn.execute("SELECT count(*) FROM fetch_log WHERE kind='page' "
                                "AND status='fetched'").fetchone()[0]  # fmt: skip
            assert urls == 12
            assert conn.execute("SELECT count(*) FROM documents WHERE story_id IS NULL "
                                "OR outlet IS NULL").fetchone()[0] == 0  # fmt: skip
    finally:
        site.close()


WORDS = ("minister delegation border railway pipeline treaty summit customs grain uranium "
         "visa embassy tariff loan satellite harbour").split()


def _article(i: int) -> bytes:
    from fetch_site import page

    words = [WORDS[(i * 7 + j * (i + 3)) % len(WORDS)] + str((i * j) % 11) for j in range(60)]
    text = "Officials said on Monday that the " + " the ".join(words) + " were discussed."
    return page(f"Article {i}", "By Staff", [text], "Footer", "2024-05-01")


def _with_feed(route, feed: bytes):
    def patched(h, path, n):
        if path == "/many.xml":
            h._send(200, "application/rss+xml", feed)
        else:
            route(h, path, n)

    return patched
