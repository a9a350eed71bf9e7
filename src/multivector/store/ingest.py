"""Code documents and store them, batch by batch, so that a killed run resumes cleanly.

Each batch is coded and then written in one transaction: after a crash the committed batches are
skipped on the next run (same content hash) and the rest is coded again, so nothing is lost and
nothing is stored twice.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store.core import IngestStats, Store, same_document

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
    dictionary_paths: tuple[str, ...] = (),
    coder_factory: Callable[[], Any] | None = None,
    progress: ProgressFn | None = None,
    on_problem: Callable[[str, str], None] | None = None,
    on_duplicate: Callable[[str, str], None] | None = None,
) -> IngestStats:
    """Code ``documents`` with ``coder`` and store them, committing every ``batch_size``.

    Documents already stored (same id and text) are skipped without coding unless ``recode``;
    the same text under another id is not stored again and counted as a duplicate
    (``on_duplicate(doc_id, stored_id)`` hears of each; of at most ``MAX_DUPLICATE_NOTES`` per
    batch when both arrive in one batch).
    Reader problems (:class:`DocumentProblem`) and documents the coder could not code are recorded
    in the store's failures table. ``progress(stats, seen)`` is called after every commit.
    With ``workers`` > 1 the multi-process coder from :mod:`multivector.scale` is used when it
    exists (each worker builds its coder with the picklable ``coder_factory``, by default the
    standard coder with ``dictionary_paths``); otherwise coding stays in this process.
    ``on_problem(name, reason)`` hears of every document that failed.
    """
    stats = IngestStats()
    counter = {"seen": 0}

    def to_code() -> Iterator[Document]:
        # Runs lazily inside the coder's loop, in this thread, between our commits.
        for item in documents:
            counter["seen"] += 1
            if isinstance(item, DocumentProblem):
                store.record_failure(item.name, item.reason)
                stats.failed += 1
                if on_problem is not None:
                    on_problem(item.name, item.reason)
                continue
            if not recode:
                stored = store.document_with_hash(item.content_hash)
                if stored is not None:
                    if same_document(item.id, stored):
                        stats.skipped += 1
                    else:
                        stats.note_duplicate(item.id, stored)
                        if on_duplicate is not None:
                            on_duplicate(item.id, stored)
                    continue
            yield item

    parallel = parallel_coder(workers)
    if parallel is not None:
        coded: Iterable[CodedDocument] = parallel(
            to_code(), workers, batch_size=min(batch_size, 16), dictionary_paths=dictionary_paths,
            coder_factory=coder_factory,
        )  # fmt: skip
    else:
        coded = coder.code_documents(to_code(), batch_size=min(batch_size, 32))
    for batch in _batches(coded, batch_size):
        if on_problem is not None:
            for cd in batch:
                if cd.problem is not None:
                    on_problem(cd.document.id or cd.problem.name, cd.problem.reason)
        done = store.add_coded_documents(batch, status=status, recode=recode)
        stats.add(done)
        if on_duplicate is not None:
            for doc_id, stored in done.duplicate_of:
                on_duplicate(doc_id, stored)
        if progress is not None:
            progress(stats, counter["seen"])
    if progress is not None:
        progress(stats, counter["seen"])
    return stats
