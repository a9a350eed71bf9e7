"""Kill a real ``multivector ingest`` process mid-run, run it again, and check that every
document is stored exactly once with the same events as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from multivector.store import open_store
from multivector.store.ingest import ingest_documents

pytestmark = pytest.mark.slow

COUNTRIES = ["Russia", "China", "Japan", "Turkey", "Iran", "Uzbekistan", "Germany", "India"]
VERBS = ["signed an agreement with", "criticized", "met with officials from", "visited",
         "imposed sanctions on", "praised"]  # fmt: skip


def _corpus(path, n: int) -> list[dict]:
    docs = []
    for i in range(n):
        a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i * 3 + 1) % len(COUNTRIES)]
        verb = VERBS[i % len(VERBS)]
        text = (f"Kazakhstan {verb} {a} in March {1995 + i % 20}. "
                f"Item {i}: {b} {VERBS[(i + 2) % len(VERBS)]} Kazakhstan.")  # fmt: skip
        docs.append({"id": f"n{i:04d}", "text": text, "date": f"{1995 + i % 20}-06-01"})
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    return docs


def _count(db_path) -> int:
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet, or locked
        return 0


def _ingest_cmd(corpus, db_path):
    return [sys.executable, "-m", "multivector", "ingest", str(corpus), "--db", str(db_path),
            "--batch-size", "8", "--no-progress"]  # fmt: skip


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path, full_coder):
    n = 400
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, n)
    db_path = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(_ingest_cmd(corpus, db_path), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 240
    try:
        while _count(db_path) < 24:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    partial = _count(db_path)
    assert 0 < partial < n, "the kill must land mid-run"

    done = subprocess.run(_ingest_cmd(corpus, db_path), env=env, capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"skipped {partial} already stored" in done.stderr

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone() == (n, n)
        resumed = {r[0] for r in conn.execute("SELECT event_id FROM events")}
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    assert n_events == len(resumed)

    # The same corpus ingested in one go gives exactly the same events.
    from multivector.ingest import read_inputs

    clean = open_store(f"sqlite:///{tmp_path / 'clean.db'}")
    stats = ingest_documents(clean, read_inputs([str(corpus)]), full_coder)
    assert stats.documents == n
    with clean.engine.connect() as conn:
        from sqlalchemy import text

        expected = {r[0] for r in conn.execute(text("SELECT event_id FROM events"))}
    assert resumed == expected
    assert len(expected) > n  # the coder found events, so the comparison means something
