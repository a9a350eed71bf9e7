"""The event store: documents, sentences, actors and events in SQLite or PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    false,
    func,
    inspect,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from multivector.model import CodedDocument
from multivector.store import schema as S
from multivector.store.concurrency import (
    WRITE_ATTEMPTS,
    backoff,
    pg_schema_lock,
    retryable,
    sqlite_schema_lock,
)
from multivector.store.curation import CurationMixin
from multivector.store.dates import utc_now
from multivector.store.errors import (
    StoreError,
    StoreNotFound,
    describe_db_error,
    display_url,
    failure_key,
    sqlite_missing,
)
from multivector.store.fetchlog import FetchLogMixin
from multivector.store.filters import EventFilter, conditions, event_order
from multivector.store.queries import search_sentences
from multivector.store.rows import (
    actor_root,
    row_to_event_dict,
)
from multivector.store.stories import StoryMixin
from multivector.store.writes import claim_document, finish_document, write_rows

DEFAULT_URL = "sqlite:///multivector.db"
_MIGRATIONS = Path(__file__).parent / "migrations"
#: Pages of up to this many events are read by id after sorting the ids alone.
_PAGE_AT_ONCE = 1000


def normalize_url(url: str) -> str:
    """Accept ``postgresql://``, ``postgres://``, SQLAlchemy URLs, or a bare SQLite file path."""
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


_now = utc_now  # kept for importers


@dataclass(slots=True)
class IngestStats:
    """What one ingest call did."""

    documents: int = 0  # newly stored
    recoded: int = 0
    skipped: int = 0  # already stored (same id, same text)
    duplicates: int = 0  # same text as a stored document under another id: not stored again
    failed: int = 0
    sentences: int = 0
    events: int = 0
    #: (document id, id of the stored document with the same text), the first few only
    duplicate_of: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: IngestStats) -> None:
        for key, value in asdict(other).items():
            if isinstance(value, int):
                setattr(self, key, getattr(self, key) + value)
        room = MAX_DUPLICATE_NOTES - len(self.duplicate_of)
        self.duplicate_of.extend(other.duplicate_of[: max(room, 0)])

    def note_duplicate(self, doc_id: str, existing: str) -> None:
        self.duplicates += 1
        if len(self.duplicate_of) < MAX_DUPLICATE_NOTES:
            self.duplicate_of.append((doc_id, existing))

    def to_dict(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if isinstance(v, int)}


#: How many duplicate ids one IngestStats remembers by name (the count is always exact).
MAX_DUPLICATE_NOTES = 100


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    try:
        cur.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL survives a killed process (not a power cut) and is much faster than FULL.
        cur.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError:
        pass  # a read-only (or damaged) file: reads still work, the first query reports damage
    cur.close()


def _on_sqlite_connect_for_reading(dbapi_conn, _record) -> None:
    # The web's profiles and searches touch thousands of rows: map the file and keep a larger
    # page cache (64 MiB) instead of reading page by page. Not for writers: ingesting a long
    # document would hold its pages in that cache (memory bounded per process, issue 13).
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA mmap_size=268435456")
        cur.execute("PRAGMA cache_size=-65536")
    except sqlite3.DatabaseError:
        pass
    cur.close()


def open_store(
    url: str = DEFAULT_URL, *, migrate: bool = True, create: bool = True, reading: bool = False
) -> Store:
    """Open (and by default migrate to the latest schema) the store at ``url``.

    ``reading=True`` (the web server) tunes SQLite for many reads: a mapped file and a 64 MiB
    page cache per connection.

    With ``create=False`` (the read commands) a store that does not exist raises
    :class:`StoreNotFound` instead of being created. Driver faults (a damaged file, a server
    that refuses the connection) raise :class:`StoreError` with a one-line message.
    """
    shown = display_url(url)
    url = normalize_url(url)
    if not create and (missing := sqlite_missing(url)) is not None:
        raise StoreNotFound(f"no store at {missing}")
    # SQLite: no statement cache: a cached statement keeps its last parameters, and so a copy of
    # the last (possibly 50 MB) document text, until it runs again.
    options = {"connect_args": {"cached_statements": 0}} if url.startswith("sqlite") else {}
    try:
        engine = create_engine(url, **options)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open store {shown}: {describe_db_error(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        if reading:
            event.listen(engine, "connect", _on_sqlite_connect_for_reading)
    store = Store(engine)
    try:
        if not create and not store.has_schema():
            raise StoreNotFound(f"no store at {shown} (it holds no multivector tables)")
        if migrate:
            store.migrate()
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open store {shown}: {describe_db_error(exc)}") from exc
    except StoreError:
        engine.dispose()
        raise
    return store


class Store(CurationMixin, FetchLogMixin, StoryMixin):
    """A SQLAlchemy-backed event store. Create it with :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # -- schema ----------------------------------------------------------------------------
    def has_schema(self) -> bool:
        """True if the store's tables exist (``open_store`` creates them)."""
        return inspect(self.engine).has_table("documents")

    def migrate(self, revision: str = "heads") -> None:
        """Run Alembic migrations up to ``revision`` (all heads by default).

        A store already at the latest revision is only read, so read-only stores open.
        """
        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        heads = set(ScriptDirectory.from_config(cfg).get_heads()) if revision == "heads" else None

        def current(conn) -> bool:
            return (
                heads is not None
                and set(MigrationContext.configure(conn).get_current_heads()) == heads
            )

        with self.engine.connect() as conn:
            if current(conn):
                return
        # Two first opens at once: one creates the schema, the other waits and finds it made.
        lock = sqlite_schema_lock(self.engine) if self.dialect == "sqlite" else nullcontext()
        with lock, self.engine.begin() as conn:
            if self.dialect == "postgresql":
                pg_schema_lock(conn)
            if current(conn):
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    def check_writable(self) -> None:
        """Raise :class:`StoreError` if the store cannot be written (SQLite: a read-only file or
        URL). A delete of no rows opens a write transaction, which is rolled back: no change."""
        if self.dialect != "sqlite":
            return
        try:
            with self.engine.connect() as conn:
                trans = conn.begin()
                try:
                    conn.execute(delete(S.failures).where(false()))
                finally:
                    trans.rollback()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the store: {describe_db_error(exc)}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, tbl):
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(tbl)

    # -- writing ---------------------------------------------------------------------------
    def has_document(self, content_hash: str) -> bool:
        return self.document_with_hash(content_hash) is not None

    def document_with_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, if any."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(S.documents.c.id).where(S.documents.c.content_hash == content_hash)
            ).scalar()

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` already stored."""
        wanted = list(set(hashes))
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(S.documents.c.content_hash).where(S.documents.c.content_hash.in_(wanted))
            )
            return {r[0] for r in rows}

    def record_failure(self, name: str, reason: str, content_hash: str | None = None) -> None:
        """Record a document that could not be read or coded (upsert by name)."""
        with self.engine.begin() as conn:
            self._record_failure(conn, name, reason, content_hash)

    def _record_failure(self, conn, name: str, reason: str, content_hash: str | None) -> None:
        stmt = self._insert(S.failures).values(
            name=failure_key(name)[:512],
            reason=reason,
            content_hash=content_hash,
            failed_at=_now(),
            attempts=1,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={
                "reason": stmt.excluded.reason,
                "content_hash": stmt.excluded.content_hash,
                "failed_at": stmt.excluded.failed_at,
                "attempts": S.failures.c.attempts + 1,
            },
        )
        conn.execute(stmt)

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(S.failures).order_by(S.failures.c.failed_at))
            return [dict(r._mapping) for r in rows]

    def add_coded_documents(
        self,
        coded_docs: Iterable[CodedDocument],
        status: str = "accepted",
        *,
        recode: bool = False,
    ) -> IngestStats:
        """Store coded documents in one transaction; a document already stored is skipped.

        With ``recode`` an already stored document's events are replaced by the new ones, except
        events a person corrected, which are kept. Documents with a ``problem`` are recorded in
        the failures table.
        """
        if status not in S.DOC_STATUSES:
            raise ValueError(f"status must be one of {S.DOC_STATUSES}, got {status!r}")
        batch = list(coded_docs)
        for attempt in range(WRITE_ATTEMPTS):
            stats = IngestStats()
            try:
                with self.engine.begin() as conn:
                    for cd in batch:
                        self._add_one(conn, cd, status, recode, stats)
                return stats
            except SQLAlchemyError as exc:
                # A concurrent writer stored one of these documents first, or held the lock
                # too long, or deadlocked with us: the batch was rolled back; run it again, and
                # what is stored now is skipped.
                if not retryable(exc) or attempt == WRITE_ATTEMPTS - 1:
                    raise
                backoff(attempt)
        raise AssertionError("unreachable")

    def _add_one(self, conn, cd: CodedDocument, status: str, recode: bool, stats: IngestStats):
        doc = cd.document
        if cd.problem is not None:
            self._record_failure(conn, doc.id or cd.problem.name, cd.problem.reason, doc.content_hash)
            stats.failed += 1
            return
        doc_id = claim_document(conn, doc, status, recode, stats)
        if doc_id is None:
            return
        sentence_rows = self._sentence_rows(doc_id, cd)
        write_rows(self._insert, conn, doc_id, sentence_rows, cd.events)
        finish_document(conn, doc_id, len(sentence_rows))
        stats.sentences += len(sentence_rows)
        stats.events += len(cd.events)

    @staticmethod
    def _sentence_rows(doc_id: str, cd: CodedDocument) -> list[dict[str, Any]]:
        if cd.sentences:
            return [
                {"doc_id": doc_id, "sentence_id": i, "start": s, "end": e, "text": t}
                for i, (s, e, t) in enumerate(cd.sentences)
            ]
        seen: dict[int, dict[str, Any]] = {}
        for ev in cd.events:
            if ev.sentence_id not in seen:
                start = ev.sentence_start
                seen[ev.sentence_id] = {
                    "doc_id": doc_id,
                    "sentence_id": ev.sentence_id,
                    "start": start,
                    "end": start + len(ev.sentence),
                    "text": ev.sentence,
                }
        if not seen and cd.document.text.strip():
            text_ = cd.document.text
            seen[0] = {
                "doc_id": doc_id,
                "sentence_id": 0,
                "start": 0,
                "end": len(text_),
                "text": text_,
            }
        return list(seen.values())

    # -- reading ---------------------------------------------------------------------------
    def _event_select(self, f: EventFilter):
        e, d = S.events, S.documents
        cols = [e, d.c.status.label("doc_status"), d.c.title.label("document_title"),
                d.c.date.label("doc_date"), d.c.url.label("doc_url")]  # fmt: skip
        return (
            select(*cols)
            .select_from(e.join(d, d.c.id == e.c.doc_id))
            .where(and_(true(), *conditions(f, e, d, self.dialect)))
        )

    def query_events(
        self, f: EventFilter | None = None, limit: int | None = 100, offset: int = 0,
        order: str = "date",
    ) -> list[dict[str, Any]]:  # fmt: skip
        """Events matching ``f`` as contract dicts plus status/corrected/document fields."""
        return list(self.iter_events(f, limit=limit, offset=offset, order=order))

    def iter_events(
        self, f: EventFilter | None = None, limit: int | None = None, offset: int = 0,
        order: str = "date",
    ):  # fmt: skip
        """Stream matching events (for exports of any size)."""
        f = f or EventFilter()
        e = S.events
        by = event_order(e, order)
        if limit is not None and limit <= _PAGE_AT_ONCE:
            # A page: sort the matching events' ids (narrow rows, no join), then read the page's
            # events; sorting whole rows of thousands of matches costs far more.
            ids = (
                select(e.c.event_id)
                .where(and_(true(), *conditions(f, e, S.documents, self.dialect)))
                .order_by(*by, e.c.event_id)
                .offset(offset)
                .limit(limit)
            )
            with self.engine.connect() as conn:
                page = list(conn.execute(ids).scalars())
            yield from self.get_events(page)
            return
        stmt = self._event_select(f).order_by(*by, e.c.event_id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=2000).execute(stmt)
            for row in result:
                yield row_to_event_dict(row._mapping)

    def count_events(self, f: EventFilter | None = None) -> int:
        f = f or EventFilter()
        e, d = S.events, S.documents
        stmt = (
            select(func.count())
            .select_from(e)
            .where(and_(true(), *conditions(f, e, d, self.dialect)))
        )
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        f = EventFilter(status=None, include_not_events=True)
        stmt = self._event_select(f).where(S.events.c.event_id == event_id)
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        return row_to_event_dict(row._mapping) if row else None

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        D = S.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(D).where(D.c.id == doc_id)).first()
            if row is None:
                return None
            out = dict(row._mapping)
            sents = conn.execute(
                select(
                    S.sentences.c.sentence_id,
                    S.sentences.c.start,
                    S.sentences.c.end,
                    S.sentences.c.text,
                )  # fmt: skip
                .where(S.sentences.c.doc_id == doc_id)
                .order_by(S.sentences.c.sentence_id)
            )
            out["sentences"] = [dict(r._mapping) for r in sents]
        out["events"] = self.query_events(
            EventFilter(doc_id=doc_id, status=None, include_not_events=True), limit=None,
            order="doc",
        )  # fmt: skip
        return out

    def documents(self, status: str | None = None, limit: int = 100, offset: int = 0):
        D = S.documents
        stmt = select(D.c.id, D.c.title, D.c.url, D.c.date, D.c.status, D.c.n_sentences,
                      D.c.n_events, D.c.ingested_at)  # fmt: skip
        if status:
            stmt = stmt.where(D.c.status == status)
        stmt = stmt.order_by(D.c.ingested_at, D.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def count_documents(self, status: str | None = None) -> int:
        D = S.documents
        stmt = select(func.count()).select_from(D)
        if status:
            stmt = stmt.where(D.c.status == status)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one()

    def get_events(self, event_ids: list[str]) -> list[dict[str, Any]]:
        """The events with these ids (any status), in the order given; unknown ids are left
        out. One query, not one per id."""
        if not event_ids:
            return []
        f = EventFilter(status=None, include_not_events=True)
        stmt = self._event_select(f).where(S.events.c.event_id.in_(list(event_ids)))
        with self.engine.connect() as conn:
            found = {r.event_id: row_to_event_dict(r._mapping) for r in conn.execute(stmt)}
        return [found[i] for i in event_ids if i in found]

    def search(
        self, query: str, f: EventFilter | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Full-text search over sentences; higher ``rank`` is better; matches marked «like this».

        With a filter, only sentences of documents with ``f.status`` are searched, and if the
        filter names actors, codes or dates, only sentences holding such an event
        (:func:`multivector.store.queries.search_sentences`).
        """
        return search_sentences(self, query, f, limit)

    # -- moderation ------------------------------------------------------------------------
    def set_document_status(self, doc_id: str, status: str) -> None:
        if status not in S.DOC_STATUSES:
            raise ValueError(f"status must be one of {S.DOC_STATUSES}, got {status!r}")
        with self.engine.begin() as conn:
            n = conn.execute(
                update(S.documents).where(S.documents.c.id == doc_id).values(status=status)
            ).rowcount
        if n == 0:
            raise KeyError(f"no document {doc_id!r}")


__all__ = ["DEFAULT_URL", "IngestStats", "Store", "actor_root", "normalize_url", "open_store"]
