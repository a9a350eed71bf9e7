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

from sqlalchemy import and_, delete, false, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store import schema as S
from multivector.store.concurrency import WRITE_ATTEMPTS, backoff, retryable
from multivector.store.core import IngestStats, Store, same_document
from multivector.store.dates import utc_now
from multivector.store.errors import failure_key
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
                doc_id = _claim(store, conn, doc, h, status, recode, stats)
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
                _write_part(store, conn, doc_id, part, n_sentences)
                n_sentences += len(part.sentences)
                n_events += len(part.events)
            D = S.documents
            stored_events = conn.execute(
                select(func.count()).select_from(S.events).where(S.events.c.doc_id == doc_id)
            ).scalar_one()
            conn.execute(
                update(D).where(D.c.id == doc_id)
                .values(n_sentences=n_sentences, n_events=stored_events)
            )  # fmt: skip
            trans.commit()
        except BaseException:
            if trans.is_active:
                trans.rollback()
            raise
    stats.sentences, stats.events = n_sentences, n_events
    return stats


def _claim(
    store: Store, conn: Any, doc: Document, h: str, status: str, recode: bool, stats: IngestStats
) -> str | None:
    """Write the document's row (recoding: clear its uncorrected events and its sentences) and
    clear its failures; its stored id, or None when it is not to be stored (as
    ``Store.add_coded_documents`` decides: same id and text stored, or the text under another
    id)."""
    D = S.documents
    existing = conn.execute(select(D.c.id).where(D.c.content_hash == h)).scalar()
    if existing is not None and not same_document(doc.id, existing):
        stats.note_duplicate(doc.id, existing)
        return None
    if existing is not None and not recode:
        stats.skipped += 1
        return None
    if existing is not None:
        doc_id = existing
        E = S.events
        conn.execute(delete(E).where(and_(E.c.doc_id == doc_id, E.c.corrected == false())))
        conn.execute(delete(S.sentences).where(S.sentences.c.doc_id == doc_id))
        stats.recoded += 1
    else:
        doc_id = doc.id
        if conn.execute(select(D.c.content_hash).where(D.c.id == doc_id)).scalar() is not None:
            doc_id = f"{doc.id}#{h[:12]}"  # same id, different text: keep both
        conn.execute(D.insert().values(
            id=doc_id, content_hash=h, title=doc.title, url=doc.url, date=doc.date, text=doc.text,
            source_path=doc.source_path, status=status, ingested_at=utc_now(),
        ))  # fmt: skip
        stats.documents += 1
    keys = {doc.id, failure_key(doc.id)}
    if doc.source_path:
        keys |= {doc.source_path, failure_key(doc.source_path)}
    conn.execute(delete(S.failures).where(S.failures.c.name.in_(sorted(keys))))
    return doc_id


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
