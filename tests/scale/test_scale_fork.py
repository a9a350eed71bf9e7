"""Load the model once (issue 13): on Linux, with no other thread running, workers are forked
from a parent that has built the coder, and share it; with a thread running they are spawned."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from scale_fakes import logging_coder

from multivector.model import Document
from multivector.scale import parallel_code_documents
from multivector.scale.parallel import resolve_start_method

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is the Linux choice")


def _docs(n: int) -> list[Document]:
    return [Document(f"d{i}", f"Alpha{i} met Beta{i}. Gamma{i} urged Delta{i}.") for i in range(n)]


def _run(tmp_path, monkeypatch, **kw) -> tuple[list[int], set[int]]:
    log = tmp_path / "built.log"
    monkeypatch.setenv("MV_FACTORY_LOG", str(log))
    out = list(parallel_code_documents(_docs(60), workers=2, batch_size=3,
                                       coder_factory=logging_coder, **kw))  # fmt: skip
    assert [c.document.id for c in out] == [f"d{i}" for i in range(60)]
    coded_by = {int(e.rule.split(":")[1]) for c in out for e in c.events}
    return [int(x) for x in log.read_text().split()], coded_by


def test_an_explicit_start_method_is_kept():
    assert resolve_start_method("spawn") == "spawn"
    assert resolve_start_method("forkserver") == "forkserver"


def _no_other_thread() -> None:
    if threading.active_count() > 1:
        pytest.skip("another thread runs in this test process")


@linux
def test_fork_is_chosen_without_threads_and_spawn_with_one():
    _no_other_thread()
    assert resolve_start_method() == "fork"
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        assert resolve_start_method() == "spawn"
    finally:
        stop.set()
        t.join()


@linux
def test_forked_workers_share_the_coder_built_once_in_the_parent(tmp_path, monkeypatch):
    # named, not chosen: the choice is tested above, and other tests may leave a thread behind
    built, coded_by = _run(tmp_path, monkeypatch, start_method="fork")
    assert built == [os.getpid()]  # built once, here
    assert os.getpid() not in coded_by and len(coded_by) >= 1  # coded in the workers


def test_spawned_workers_build_their_own_coder(tmp_path, monkeypatch):
    built, coded_by = _run(tmp_path, monkeypatch, start_method="spawn")
    assert len(built) == 2 and os.getpid() not in built
    assert coded_by <= set(built)


@linux
def test_a_running_thread_means_spawn(tmp_path, monkeypatch):
    stop = threading.Event()
    t = threading.Thread(target=stop.wait, daemon=True)
    t.start()
    try:
        built, _ = _run(tmp_path, monkeypatch)
    finally:
        stop.set()
        t.join()
    assert os.getpid() not in built and len(built) == 2
