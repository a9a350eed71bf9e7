"""Parallel coding: same output as one process, in order, problems in place, bounded work."""

from __future__ import annotations

import os

import pytest
from scale_fakes import broken_factory, fake_coder, pid_coder

from multivector.model import Document, DocumentProblem
from multivector.scale import default_workers, parallel_code_documents


def corpus(n: int = 120) -> list[Document | DocumentProblem]:
    items: list[Document | DocumentProblem] = []
    for i in range(n):
        if i % 17 == 5:
            items.append(DocumentProblem(f"feed.jsonl:{i}", "invalid JSON"))
        else:
            items.append(
                Document(
                    f"d{i}",
                    f"Actor{i} met Partner{i % 7}. Country{i} urged Other{i}.",
                    date="2015-01-02",
                )
            )
    return items


def flat(results):
    return [
        (r.document.id, r.problem.reason if r.problem else None, [e.to_dict() for e in r.events])
        for r in results
    ]


def test_one_worker_codes_in_process_in_order():
    items = corpus(40)
    results = list(
        parallel_code_documents(items, workers=1, batch_size=7, coder_factory=fake_coder)
    )
    assert [r.document.id for r in results] == [
        x.id if isinstance(x, Document) else x.name for x in items
    ]
    problem = results[5]
    assert problem.problem == DocumentProblem("feed.jsonl:5", "invalid JSON")
    assert problem.document.text == "" and problem.events == []
    assert len(results[0].events) == 2


def test_two_workers_equal_one_worker():
    items = corpus()
    one = flat(parallel_code_documents(items, workers=1, batch_size=5, coder_factory=fake_coder))
    two = flat(
        parallel_code_documents(iter(items), workers=2, batch_size=5, coder_factory=fake_coder)
    )
    assert two == one


def test_work_really_spreads_over_processes():
    results = list(
        parallel_code_documents(corpus(60), workers=2, batch_size=3, coder_factory=pid_coder)
    )
    pids = {e.rule for r in results for e in r.events}
    assert len(pids) == 2 and f"pid:{os.getpid()}" not in pids


def test_a_document_that_breaks_the_coder_costs_only_itself():
    items = corpus(10)
    items[3] = Document("bad", "Somebody said EXPLODE here.")
    items[4] = Document("refused", "REFUSE this one.")
    for workers in (1, 2):
        results = list(
            parallel_code_documents(items, workers=workers, batch_size=4, coder_factory=fake_coder)
        )
        assert len(results) == 10
        assert results[3].problem.name == "bad"
        assert "coding failed: ValueError" in results[3].problem.reason
        assert results[4].problem.reason == "refused by the coder"
        assert all(r.problem is None for i, r in enumerate(results) if i not in (3, 4, 5))
        assert results[2].events and results[6].events


def test_input_is_consumed_lazily_within_the_window():
    pulled = []

    def source():
        for i in range(10_000):
            pulled.append(i)
            yield Document(f"d{i}", f"A{i} met B{i}.")

    stream = parallel_code_documents(
        source(), workers=2, batch_size=4, coder_factory=fake_coder, max_in_flight=3
    )
    first = [next(stream) for _ in range(5)]
    assert [r.document.id for r in first] == [f"d{i}" for i in range(5)]
    # only the window (3 batches of 4) plus one batch being formed has been read
    assert len(pulled) <= 4 * 4 + 1
    stream.close()


def test_a_worker_that_cannot_load_is_a_clear_error():
    with pytest.raises(RuntimeError, match="worker process died|failed to load"):
        list(
            parallel_code_documents(
                corpus(10), workers=2, batch_size=2, coder_factory=broken_factory
            )
        )


def test_default_workers_is_positive():
    assert default_workers() >= 1


def test_an_input_of_one_batch_is_coded_in_this_process():
    results = list(
        parallel_code_documents(corpus(8), workers=2, batch_size=8, coder_factory=pid_coder)
    )
    assert len(results) == 8
    assert {e.rule for r in results for e in r.events} == {f"pid:{os.getpid()}"}


def test_a_run_of_unusable_inputs_never_builds_a_coder():
    from multivector.model import DocumentProblem
    from multivector.scale.parallel import parallel_code_documents

    def explode():
        raise AssertionError("the coder was built for inputs that were all unusable")

    problems = [DocumentProblem(f"bad{i}.txt", "binary file") for i in range(3)]
    out = list(parallel_code_documents(problems, workers=1, coder_factory=explode))
    assert [c.problem.name for c in out] == ["bad0.txt", "bad1.txt", "bad2.txt"]


def test_a_coder_that_cannot_be_built_is_an_error_not_a_problem_per_document():
    import pytest

    from multivector.model import Document
    from multivector.scale.parallel import parallel_code_documents

    def broken():
        raise RuntimeError("no model installed")

    with pytest.raises(RuntimeError, match="no model"):
        list(parallel_code_documents([Document(id="a", text="x")], workers=1, coder_factory=broken))
