"""Code documents and store them, batch by batch, so that a killed run resumes cleanly.

Each batch is coded and then written in one transaction: after a crash the committed batches are
skipped on the next run (same content hash) and the rest is coded again, so nothing is lost and
nothing is stored twice. A long document whose events come piece by piece (``StreamedDocument``)
is written alone, in one transaction of its own, each piece's rows as the piece is coded.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store.concurrency import WRITE_ATTEMPTS, backoff, retryable
from multivector.store.core import IngestStats, Store
from multivector.store.writes import claim_document, finish_document, same_document, write_rows

ProgressFn = Callable[[IngestStats, int], None]


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
            coder_factory=coder_factory, stream=True,
        )  # fmt: skip
    else:
        from multivector.scale.parallel import code_stream

        coded = code_stream(coder, to_code(), min(batch_size, 32), stream=True)

    def account(done: IngestStats) -> None:
        stats.add(done)
        if on_duplicate is not None:
            for doc_id, stored in done.duplicate_of:
                on_duplicate(doc_id, stored)
        if progress is not None:
            progress(stats, counter["seen"])

    batch: list[CodedDocument] = []
    for cd in coded:
        if getattr(cd, "parts", None) is not None:  # a long document, piece by piece
            if batch:
                account(_store_batch(store, batch, status, recode, on_problem))
                batch = []
            account(add_streamed_document(store, cd, status, recode, on_problem))
            continue
        batch.append(cd)
        if len(batch) >= batch_size:
            account(_store_batch(store, batch, status, recode, on_problem))
            batch = []
    if batch:
        account(_store_batch(store, batch, status, recode, on_problem))
    if progress is not None:
        progress(stats, counter["seen"])
    return stats


def _store_batch(
    store: Store,
    batch: list[CodedDocument],
    status: str,
    recode: bool,
    on_problem: Callable[[str, str], None] | None,
) -> IngestStats:
    if on_problem is not None:
        for cd in batch:
            if cd.problem is not None:
                on_problem(cd.document.id or cd.problem.name, cd.problem.reason)
    return store.add_coded_documents(batch, status=status, recode=recode)


def add_streamed_document(
    store: Store,
    coded: Any,
    status: str = "accepted",
    recode: bool = False,
    on_problem: Callable[[str, str], None] | None = None,
) -> IngestStats:
    """Store a ``StreamedDocument`` in one transaction, writing each piece's sentences and
    events as the piece is coded, so its events are never all in memory.

    The document row is written first, before any piece is coded (so the store's copies of a
    very long text come and go before the coder's working memory is taken); a document already
    stored is skipped, as by ``Store.add_coded_documents``, and that step is retried if another
    writer gets in the way. The pieces follow in the same transaction. If the parser fails on a
    piece, the transaction is rolled back and the document recorded as failed: a document is
    stored whole or not at all, so a killed run resumes without duplicates or gaps.
    """
    doc = coded.document
    h = doc.content_hash
    with store.engine.connect() as conn:
        for attempt in range(WRITE_ATTEMPTS):
            stats = IngestStats()
            trans = conn.begin()
            try:
                doc_id = claim_document(conn, doc, status, recode, stats)
                break
            except SQLAlchemyError as exc:
                trans.rollback()
                if not retryable(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise
                backoff(attempt)
        if doc_id is None:  # already stored, or a duplicate
            trans.commit()
            return stats
        try:
            n_sentences = n_events = 0
            for part in coded.parts():
                if part.problem is not None:
                    trans.rollback()
                    store.record_failure(doc.id, part.problem.reason, h)
                    if on_problem is not None:
                        on_problem(doc.id, part.problem.reason)
                    return IngestStats(failed=1)
                write_rows(store._insert, conn, doc_id, [
                    {"doc_id": doc_id, "sentence_id": n_sentences + i, "start": a, "end": b, "text": t}
                    for i, (a, b, t) in enumerate(part.sentences)
                ], part.events)  # fmt: skip
                n_sentences += len(part.sentences)
                n_events += len(part.events)
            finish_document(conn, doc_id, n_sentences)
            trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    stats.sentences, stats.events = n_sentences, n_events
    return stats
