"""Writing one coded document: the decisions and rows that ``Store.add_coded_documents`` (whole
documents) and ``ingest.add_streamed_document`` (a long document piece by piece) share, inside
the caller's transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, false, func, select, update

from multivector.model import Document, Event
from multivector.store import schema as S
from multivector.store.dates import utc_now
from multivector.store.errors import failure_key
from multivector.store.rows import event_row

if TYPE_CHECKING:
    from multivector.store.core import IngestStats


def same_document(doc_id: str, stored_id: str) -> bool:
    """True if ``stored_id`` is how ``doc_id`` was stored (itself, or ``ID#hash`` on a clash)."""
    return stored_id == doc_id or stored_id.startswith(doc_id + "#")


def claim_document(
    conn: Any, doc: Document, status: str, recode: bool, stats: IngestStats
) -> str | None:
    """Write the document's row and clear its recorded failures; its stored id, or None when it
    is not to be stored. The same text under another id is a duplicate (not stored twice); the
    same id and text is skipped, or with ``recode`` its uncorrected events and its sentences are
    cleared for new ones; the same id with another text is stored as ``ID#hash``."""
    D = S.documents
    h = doc.content_hash
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
            doc_id = f"{doc.id}#{h[:12]}"  # same id, different text (two files, one name): keep both
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


def write_rows(
    insert: Callable[[Any], Any], conn: Any, doc_id: str, sentence_rows: list[dict[str, Any]],
    events: Iterable[Event],
) -> None:  # fmt: skip
    """Insert sentences, the events' actors and the events of document ``doc_id`` (``insert``:
    the store's dialect insert, for ON CONFLICT DO NOTHING)."""
    if sentence_rows:
        conn.execute(S.sentences.insert(), sentence_rows)
    events = list(events)
    actors: dict[str, dict[str, Any]] = {}
    for ev in events:
        ev.doc_id = doc_id
        for a in (ev.source, ev.target):
            if a is not None and a.code not in actors:
                actors[a.code] = {"code": a.code, "country": a.country, "name": a.text}
    if actors:  # in code order: two writers taking row locks in one order cannot deadlock
        conn.execute(
            insert(S.actors).on_conflict_do_nothing(index_elements=["code"]),
            [actors[k] for k in sorted(actors)],
        )
    if events:
        conn.execute(
            insert(S.events).on_conflict_do_nothing(index_elements=["event_id"]),
            [event_row(ev) for ev in events],
        )


def finish_document(conn: Any, doc_id: str, n_sentences: int) -> None:
    """Record the document's sentence count and its stored events' count (corrected events
    kept through a recode included)."""
    D, E = S.documents, S.events
    n_events = conn.execute(
        select(func.count()).select_from(E).where(E.c.doc_id == doc_id)
    ).scalar_one()
    conn.execute(update(D).where(D.c.id == doc_id).values(n_sentences=n_sentences, n_events=n_events))
