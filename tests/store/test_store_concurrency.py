"""Concurrent writers (issue 13): two ingests into one store end with the union of their inputs
and no error; two first opens of an empty store both succeed. Each case runs real processes
(``concurrent_writer.py``) started together, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from multivector.store import open_store
from pg_stores import pg_database

HERE = Path(__file__).resolve().parent
WRITER = HERE / "concurrent_writer.py"
ACTORS = ["RUS", "CHN", "JPN", "TUR", "IRN", "UZB", "DEU", "IND", "KAZ", "USA", "FRA", "GBR"]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    """The URL of a store that does not exist yet (SQLite) or an empty database (PostgreSQL)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.db'}"
        return
    yield from pg_database("mvconc")


def _corpus(path: Path, ids: range) -> Path:
    """One document per id; each line "SRC CAMEO TGT" is one event of the fake coder. Actor
    orders differ between documents, so two writers insert shared actors in crossing orders."""
    with path.open("w", encoding="utf-8") as f:
        for i in ids:
            lines = [
                f"{ACTORS[(i + k) % len(ACTORS)]} 04{k % 6} {ACTORS[(i * 5 + 3 * k + 1) % len(ACTORS)]}"
                for k in range(3)
            ] + [f"item {i}"]  # no event: makes each text unique
            f.write(json.dumps({"id": f"d{i:04d}", "text": "\n".join(lines),
                                "date": "2001-01-01"}) + "\n")  # fmt: skip
    return path


def _run_together(tmp_path: Path, args: list[list[str]]) -> list[subprocess.CompletedProcess]:
    gate = tmp_path / f"go-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parents[1] / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}  # fmt: skip
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), a[0], str(gate), *a[1:]],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for a in args
    ]
    gate.touch()
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    for r in out:
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-3000:]
    return out


def _stats(result: subprocess.CompletedProcess) -> dict[str, int]:
    return json.loads(result.stdout.strip().splitlines()[-1])


def _counts(url: str) -> tuple[int, int, set[str]]:
    store = open_store(url, create=False)
    try:
        ids = {d["id"] for d in store.documents(limit=10_000)}
        return store.count_documents(), store.count_events(), ids
    finally:
        store.close()


def test_two_first_opens_of_an_empty_store_both_succeed(tmp_path, empty_url):
    _run_together(tmp_path, [[empty_url, "--open-only"] for _ in range(3)])
    assert _counts(empty_url)[:2] == (0, 0)
    assert not list(tmp_path.glob("*.lock"))  # the schema lock's file is not left behind


def test_two_ingests_of_the_same_input_store_it_once(tmp_path, empty_url):
    corpus = _corpus(tmp_path / "same.jsonl", range(120))
    a, b = (_stats(r) for r in _run_together(tmp_path, [[empty_url, str(corpus)]] * 2))
    assert a["documents"] + b["documents"] == 120
    assert a["documents"] + a["skipped"] == b["documents"] + b["skipped"] == 120
    assert a["failed"] == b["failed"] == 0
    docs, events, ids = _counts(empty_url)
    assert (docs, events) == (120, 360)
    assert ids == {f"d{i:04d}" for i in range(120)}


def test_two_ingests_of_overlapping_inputs_store_the_union(tmp_path, empty_url):
    first = _corpus(tmp_path / "a.jsonl", range(0, 100))
    second = _corpus(tmp_path / "b.jsonl", range(60, 160))
    a, b = (_stats(r) for r in _run_together(tmp_path, [[empty_url, str(first)],
                                                        [empty_url, str(second)]]))  # fmt: skip
    assert a["documents"] + b["documents"] == 160
    docs, events, ids = _counts(empty_url)
    assert (docs, events) == (160, 480)
    assert ids == {f"d{i:04d}" for i in range(160)}


@pytest.mark.slow
def test_two_ingest_commands_into_one_store(tmp_path, empty_url):
    """The real command line: no traceback, and the store holds each document once."""
    corpus = tmp_path / "news.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(40):
            text = f"Kazakhstan signed an agreement with Russia in March {1995 + i}. Item {i}."
            f.write(json.dumps({"id": f"n{i:03d}", "text": text, "date": "2001-01-01"}) + "\n")
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1] / "src")}
    cmd = [sys.executable, "-m", "multivector", "ingest", str(corpus), "--db", empty_url,
           "--no-model", "--workers", "1", "--batch-size", "4", "--no-progress"]  # fmt: skip
    procs = [subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    for p, err in zip(procs, errs, strict=True):
        assert p.returncode == 0 and "Traceback" not in err, err[-3000:]
    assert _counts(empty_url)[0] == 40
