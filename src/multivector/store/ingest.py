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

from sqlalchemy import func, select, update
from sqlalchemy.exc import SQLAlchemyError

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store import schema as S
from multivector.store.concurrency import WRITE_ATTEMPTS, backoff, retryable
from multivector.store.core import IngestStats, Store, same_document
from multivector.store.rows import event_row

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

    The first piece is stored as ``Store.add_coded_documents`` stores a document (a document
    already stored is skipped; that step is retried if another writer gets in the way); the
    rest follow in the same transaction. If the parser fails on a later piece, the transaction
    is rolled back and the document recorded as failed: a document is stored whole or not at
    all, so a killed run resumes without duplicates or gaps.
    """
    parts = coded.parts()
    doc = coded.document
    first = next(parts, None)
    # A piece without a sentence (a run of blank lines) holds nothing: the first piece stored
    # must hold one, or the store would take the whole text as the document's only sentence.
    while first is not None and first.problem is None and not first.sentences:
        following = next(parts, None)
        if following is None:
            break
        first = following
    if first is None:
        return IngestStats()
    with store.engine.connect() as conn:
        for attempt in range(WRITE_ATTEMPTS):
            stats = IngestStats()
            trans = conn.begin()
            try:
                store._add_one(conn, first, status, recode, stats)
                break
            except SQLAlchemyError as exc:
                trans.rollback()
                if not retryable(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise
                backoff(attempt)
        if first.problem is not None and on_problem is not None:
            on_problem(doc.id, first.problem.reason)
        if not (stats.documents or stats.recoded):  # failed, already stored, or a duplicate
            trans.commit()
            parts.close()
            return stats
        try:
            D = S.documents
            doc_id = conn.execute(select(D.c.id).where(D.c.content_hash == doc.content_hash))
            doc_id = doc_id.scalar_one()
            n_sentences = len(first.sentences)
            for part in parts:
                if part.problem is not None:
                    trans.rollback()
                    store.record_failure(doc.id, part.problem.reason, doc.content_hash)
                    if on_problem is not None:
                        on_problem(doc.id, part.problem.reason)
                    return IngestStats(failed=1)
                _write_part(store, conn, doc_id, part, n_sentences)
                n_sentences += len(part.sentences)
                stats.sentences += len(part.sentences)
                stats.events += len(part.events)
            n_events = conn.execute(
                select(func.count()).select_from(S.events).where(S.events.c.doc_id == doc_id)
            ).scalar_one()
            conn.execute(
                update(D).where(D.c.id == doc_id).values(n_sentences=n_sentences, n_events=n_events)
            )
            trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    return stats


def _write_part(store: Store, conn: Any, doc_id: str, part: CodedDocument, first_id: int) -> None:
    """Insert one piece's sentences (ids from ``first_id``), actors and events."""
    if part.sentences:
        conn.execute(S.sentences.insert(), [
            {"doc_id": doc_id, "sentence_id": first_id + i, "start": a, "end": b, "text": t}
            for i, (a, b, t) in enumerate(part.sentences)
        ])  # fmt: skip
    actors: dict[str, dict[str, Any]] = {}
    for ev in part.events:
        ev.doc_id = doc_id
        for a in (ev.source, ev.target):
            if a is not None and a.code not in actors:
                actors[a.code] = {"code": a.code, "country": a.country, "name": a.text}
    if actors:  # in code order, as add_coded_documents does (no deadlock between writers)
        conn.execute(
            store._insert(S.actors).on_conflict_do_nothing(index_elements=["code"]),
            [actors[k] for k in sorted(actors)],
        )
    if part.events:
        conn.execute(
            store._insert(S.events).on_conflict_do_nothing(index_elements=["event_id"]),
            [event_row(ev) for ev in part.events],
        )
