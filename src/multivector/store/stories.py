"""Stories: documents that report the same news (near-duplicates found by the fetcher's
MinHash/LSH index), and the one filter that counts an event once per story.

An event is counted once per story by default: of the events of a story's documents with the
same date, source, target and CAMEO code, only one is kept (:func:`once_per_story`, called by
:func:`multivector.store.filters.conditions`; ``EventFilter(per_article=True)`` keeps every
copy). Documents outside a story of two or more documents are not touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    func,
    literal_column,
    or_,
    select,
    true,
    update,
)

from multivector.store import fetch_schema as F
from multivector.store import schema as S
from multivector.store.dates import utc_now


@lru_cache(maxsize=64)
def _alias(table: Any, name: str) -> Any:
    """One alias object per table and name: building an alias's column collection (about 40
    columns for the events) cost more than the rest of a query's construction."""
    return table.alias(name)


@lru_cache(maxsize=16)
def _multi_story_docs(d, name: str):
    """Ids of documents in a story of two or more documents."""
    st, d = F.stories, _alias(d, name)
    return select(d.c.id).where(d.c.story_id.in_(select(st.c.id).where(st.c.n_documents > 1)))


def once_per_story(
    e, d, dialect: str, same_filter: Callable[[Any, Any], list[ColumnElement[bool]]]
) -> ColumnElement[bool]:
    """Keep an event unless an equal one (date, source, target, CAMEO) of another document of
    its story comes first. On SQLite the representative is the smallest rowid (covering
    indexes hold it, so analyses stay index-only); elsewhere the smallest event id.
    ``same_filter(events, documents)`` gives the caller's filter on the aliased tables, so the
    representative is chosen among the events the caller would keep."""
    e2 = _alias(e, "story_e")
    d2 = _alias(d, "story_d")
    key = (lambda t: literal_column(f"{t.name}.rowid")) if dialect == "sqlite" else (
        lambda t: t.c.event_id)  # fmt: skip
    inner = same_filter(e2, d2)
    first = (
        select(func.min(key(e2)))
        .select_from(e2.join(d2, d2.c.id == e2.c.doc_id))
        .where(and_(true(), e2.c.doc_id.in_(_multi_story_docs(d, "story_m")), *inner))
        .group_by(d2.c.story_id, func.coalesce(e2.c.date, ""), e2.c.source_code,
                  func.coalesce(e2.c.target_code, ""), e2.c.cameo)  # fmt: skip
    )
    return or_(e.c.doc_id.not_in(_multi_story_docs(d, "story_n")), key(e).in_(first))


class StoryMixin:
    """Story membership, signatures and counts (mixed into the Store)."""

    engine: Any
    dialect: str

    def story_signatures(self, since: str | None = None) -> Iterator[tuple[str, str, bytes]]:
        """(doc_id, story_id, signature) of signed documents added since ``since`` (ISO)."""
        sig, D = F.document_signatures, S.documents
        stmt = select(sig.c.doc_id, D.c.story_id, sig.c.signature).select_from(
            sig.join(D, D.c.id == sig.c.doc_id))  # fmt: skip
        if since:
            stmt = stmt.where(sig.c.added_at >= since)
        with self.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True, yield_per=1000).execute(stmt):
                yield row[0], row[1], row[2]

    def unsigned_documents(self, since: str | None = None) -> Iterator[tuple[str, str, str | None]]:
        """(id, text, title) of documents in no story, ingested since ``since`` (ISO)."""
        D = S.documents
        stmt = select(D.c.id, D.c.text, D.c.title).where(D.c.story_id.is_(None))
        if since:
            stmt = stmt.where(D.c.ingested_at >= since)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt.order_by(D.c.ingested_at, D.c.id)).all()
        yield from ((r[0], r[1], r[2]) for r in rows)

    def document_story(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(S.documents.c.story_id).where(S.documents.c.id == doc_id)
            ).scalar()

    def assign_story(self, doc_id: str, story_id: str, signature: bytes | None,
                     title: str | None = None) -> None:  # fmt: skip
        """Put a stored document in a story (created if new), keep its signature, recount."""
        D, st, sig = S.documents, F.stories, F.document_signatures
        now = utc_now()
        with self.engine.begin() as conn:
            conn.execute(update(D).where(D.c.id == doc_id).values(story_id=story_id))
            if signature is not None:
                conn.execute(self._insert(sig).values(
                    doc_id=doc_id, signature=signature, added_at=now,
                ).on_conflict_do_nothing(index_elements=["doc_id"]))  # fmt: skip
            conn.execute(self._insert(st).values(
                id=story_id, first_doc_id=doc_id, title=title, first_seen=now,
            ).on_conflict_do_nothing(index_elements=["id"]))  # fmt: skip
            self._recount_story(conn, story_id)

    def _recount_story(self, conn, story_id: str) -> None:
        D, st, log = S.documents, F.stories, F.fetch_log
        members = select(D.c.id).where(D.c.story_id == story_id)
        n_docs = conn.execute(select(func.count()).where(D.c.story_id == story_id)).scalar_one()
        n_urls = conn.execute(select(func.count()).select_from(log).where(
            log.c.doc_id.in_(members), log.c.kind == "page")).scalar_one()  # fmt: skip
        outlets = {r[0] for r in conn.execute(select(D.c.outlet).distinct().where(
            D.c.story_id == story_id, D.c.outlet.is_not(None)))}  # fmt: skip
        outlets |= {r[0] for r in conn.execute(select(log.c.outlet).distinct().where(
            log.c.doc_id.in_(members), log.c.kind == "page", log.c.outlet.is_not(None)))}
        conn.execute(update(st).where(st.c.id == story_id).values(
            n_documents=n_docs, n_articles=max(n_urls, n_docs), n_outlets=max(len(outlets), 1)))

    def recount_story(self, story_id: str) -> None:
        with self.engine.begin() as conn:
            self._recount_story(conn, story_id)

    def stories(self, limit: int | None = 100) -> list[dict[str, Any]]:
        st = F.stories
        stmt = select(st).order_by(st.c.n_articles.desc(), st.c.first_seen, st.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def story_counts(self, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
        """doc_id -> {story_id, n_articles, n_outlets} for the given documents in a story."""
        D, st = S.documents, F.stories
        out: dict[str, dict[str, Any]] = {}
        ids = sorted(set(doc_ids))
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                rows = conn.execute(
                    select(D.c.id, st.c.id, st.c.n_articles, st.c.n_outlets)
                    .select_from(D.join(st, st.c.id == D.c.story_id))
                    .where(D.c.id.in_(ids[i : i + 500]))
                )
                for doc_id, story_id, n_articles, n_outlets in rows:
                    out[doc_id] = {"story_id": story_id, "n_articles": n_articles,
                                   "n_outlets": n_outlets}  # fmt: skip
        return out

    def with_story_counts(self, events: Iterable[dict[str, Any]],
                          batch: int = 500) -> Iterator[dict[str, Any]]:  # fmt: skip
        """The event dicts with ``story_id``, ``n_articles`` and ``n_outlets`` added for events
        of documents in a story (streamed, one lookup per ``batch`` events)."""
        it = iter(events)
        while chunk := list(islice(it, batch)):
            counts = self.story_counts([ev["doc_id"] for ev in chunk])
            for ev in chunk:
                if (c := counts.get(ev["doc_id"])) is not None:
                    ev.update(c)
                yield ev

    def story_articles(self, story_id: str) -> list[dict[str, Any]]:
        """Every article of a story: its URL, outlet, document and title (copies with the same
        text included, from the fetch records)."""
        D, log = S.documents, F.fetch_log
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(log.c.url, log.c.outlet, log.c.doc_id, D.c.title, D.c.published)
                .select_from(log.join(D, D.c.id == log.c.doc_id))
                .where(D.c.story_id == story_id, log.c.kind == "page")
                .order_by(D.c.published, log.c.url)
            )
            out = [dict(r._mapping) for r in rows]
            seen = {r["doc_id"] for r in out}
            for r in conn.execute(select(D.c.url, D.c.outlet, D.c.id.label("doc_id"), D.c.title,
                                         D.c.published).where(D.c.story_id == story_id)):  # fmt: skip
                if r.doc_id not in seen:
                    out.append(dict(r._mapping))
        return out

    def list_documents(self, *, source: str | None = None, story: str | None = None,
                       limit: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Documents with their origin and story (``source``: a fetch source name or outlet)."""
        D, log = S.documents, F.fetch_log
        stmt = select(D.c.id, D.c.title, D.c.url, D.c.outlet, D.c.published, D.c.fetched_at,
                      D.c.date, D.c.status, D.c.story_id, D.c.n_events)  # fmt: skip
        if source:
            stmt = stmt.where(or_(
                D.c.outlet == source,
                D.c.id.in_(select(log.c.doc_id).where(log.c.source == source)),
            ))  # fmt: skip
        if story:
            stmt = stmt.where(D.c.story_id == story)
        stmt = stmt.order_by(D.c.published.is_(None), D.c.published, D.c.ingested_at, D.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt.limit(limit))]
