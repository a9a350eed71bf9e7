"""Code documents and store them, batch by batch, so that a killed run resumes cleanly.

Each batch is coded and then written in one transaction: after a crash the committed batches are
skipped on the next run (same content hash) and the rest is coded again, so nothing is lost and
nothing is stored twice.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store.core import IngestStats, Store

ProgressFn = Callable[[IngestStats, int], None]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def parallel_coder(workers: int) -> Callable[..., Iterable[CodedDocument]] | None:
    """``multivector.scale.parallel_code_documents`` if that module provides it."""
    if workers <= 1:
        return None
    try:
        scale = importlib.import_module("multivector.scale")
    except ImportError:
        return None
    return getattr(scale, "parallel_code_documents", None)


def ingest_documents(
    store: Store,
    documents: Iterable[Document | DocumentProblem],
    coder: Any,
    *,
    batch_size: int = 64,
    recode: bool = False,
    status: str = "accepted",
    workers: int = 1,
    progress: ProgressFn | None = None,
    on_problem: Callable[[str, str], None] | None = None,
) -> IngestStats:
    """Code ``documents`` with ``coder`` and store them; returns what was done.

    Documents already stored (same content hash) are skipped without coding unless ``recode``.
    Reader problems (:class:`DocumentProblem`) and documents the coder could not code are recorded
    in the store's failures table. ``progress(stats, seen)`` is called after every batch.
    With ``workers`` > 1 the multi-process coder from :mod:`multivector.scale` is used when it
    exists; otherwise coding stays in this process. ``on_problem(name, reason)`` hears of every
    document that failed.
    """
    stats = IngestStats()
    parallel = parallel_coder(workers)
    seen = 0
    for batch in _batches(documents, batch_size):
        seen += len(batch)
        docs = [d for d in batch if isinstance(d, Document)]
        for item in batch:
            if isinstance(item, DocumentProblem):
                store.record_failure(item.name, item.reason)
                stats.failed += 1
                if on_problem is not None:
                    on_problem(item.name, item.reason)
        stored = set() if recode else store.stored_hashes(d.content_hash for d in docs)
        todo: list[Document] = []
        batch_hashes: set[str] = set()
        for d in docs:
            h = d.content_hash
            if h in stored or h in batch_hashes:  # also drops repeats inside one batch
                stats.skipped += 1
                continue
            batch_hashes.add(h)
            todo.append(d)
        if todo:
            if parallel is not None:
                coded = list(parallel(todo, workers))
            else:
                coded = list(_code_safely(coder, todo))
            if on_problem is not None:
                for cd in coded:
                    if cd.problem is not None:
                        on_problem(cd.document.id, cd.problem.reason)
            stats.add(store.add_coded_documents(coded, status=status, recode=recode))
        if progress is not None:
            progress(stats, seen)
    return stats


def _code_safely(coder: Any, docs: list[Document]) -> Iterator[CodedDocument]:
    """Code a batch; if the coder raises on the batch, code one by one to isolate the culprit."""
    try:
        yield from list(coder.code_documents(docs))
        return
    except Exception:  # noqa: BLE001 - the coder's contract is not to raise; be safe anyway
        pass
    for d in docs:
        try:
            yield from list(coder.code_documents([d]))
        except Exception as exc:  # noqa: BLE001
            yield CodedDocument(
                document=d, problem=DocumentProblem(d.id, f"coder error: {type(exc).__name__}: {exc}")
            )


class RateMeter:
    """Documents/sentences/events per second since construction (for progress bars)."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()

    def rate(self, n: int) -> float:
        elapsed = time.perf_counter() - self.t0
        return n / elapsed if elapsed > 0 else 0.0
