"""The read queries that the web, the question box, the analyses and the report share.

One rule for visibility (:func:`visible`), one full-text search (:func:`search_sentences`, over
:mod:`multivector.store.fts`), actor rows and names (:func:`actor_names`), and one actor and
one dyad profile (:func:`actor_profile`, :func:`dyad_profile`). Nothing outside the store
writes SQL: callers pass an open :class:`~multivector.store.core.Store`.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    false,
    func,
    literal_column,
    or_,
    select,
    true,
    tuple_,
)

from multivector.store import schema as S
from multivector.store.filters import EventFilter, conditions, event_order, is_root_code, visible
from multivector.store.fts import any_word_query, sentence_match

if TYPE_CHECKING:
    from multivector.store.core import Store

__all__ = [
    "actor_names",
    "actor_profile",
    "any_word_query",
    "document_status",
    "dyad_profile",
    "event_page",
    "has_events",
    "recent_events",
    "search_sentences",
    "visible",
]

_EVENT_LEVEL = ("actor", "target", "dyad", "since", "until", "cameo", "plover", "quad")


# -- full-text search ------------------------------------------------------------------------------


def search_sentences(
    store: Store, query: str, f: EventFilter | None = None, limit: int = 20, *,
    any_word: bool = False,
) -> list[dict[str, Any]]:  # fmt: skip
    """Sentences matching ``query``, best first: ``doc_id``, ``sentence_id``, ``text``,
    ``snippet`` (matches «like this»), ``rank`` (higher is better), ``document_title`` and
    ``document_date``.

    Only sentences of documents with ``f.status`` are searched (visible ones by default); if
    the filter names actors, codes or dates, only sentences holding such an event. With
    ``any_word`` the query is an :func:`~multivector.store.fts.any_word_query`.
    """
    f = f or EventFilter()
    s, d = S.sentences, S.documents
    m = sentence_match(store.dialect, query, any_word=any_word)
    stmt = (
        select(
            s.c.doc_id, s.c.sentence_id, s.c.text, m.snippet.label("snippet"),
            m.rank.label("rank"), d.c.title.label("document_title"),
            d.c.date.label("document_date"),
        )
        .select_from(m.source.join(d, d.c.id == s.c.doc_id))
        .where(m.where, visible(s.c.doc_id, f.status))
    )  # fmt: skip
    if f.doc_id:
        stmt = stmt.where(s.c.doc_id == f.doc_id)
    if any(getattr(f, name) for name in _EVENT_LEVEL):
        e = S.events
        event_level = EventFilter(
            actor=f.actor, target=f.target, dyad=f.dyad, since=f.since, until=f.until,
            cameo=f.cameo, plover=f.plover, quad=f.quad, status=None,
            include_not_events=f.include_not_events, one_a_day=f.one_a_day,
        )  # fmt: skip
        d3 = d.alias("d3")
        holding = (
            select(e.c.doc_id, e.c.sentence_id)
            .where(and_(true(), *conditions(event_level, e, d3, store.dialect)))
            .correlate(None)
        )
        if store.dialect == "sqlite":
            # The candidates' sentence ids, tested against each FTS match's rowid: no lookup in
            # sentences for matches that hold no such event. The unary + keeps SQLite from
            # turning the IN into one FTS query per candidate (far slower).
            s2 = S.sentences.alias("s_cand")
            ids = select(s2.c.id).where(tuple_(s2.c.doc_id, s2.c.sentence_id).in_(holding))
            stmt = stmt.where(literal_column("+sentences_fts.rowid").in_(ids))
        else:
            stmt = stmt.where(tuple_(s.c.doc_id, s.c.sentence_id).in_(holding))
    stmt = stmt.order_by(m.rank.desc()).limit(limit)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def event_page(
    store: Store, f: EventFilter | None = None, limit: int = 25, offset: int = 0,
    order: str = "-date",
) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """A page of the events matching ``f`` and how many match in all, from one pass over them
    (a window count) instead of a page query and a count query."""
    f = f or EventFilter()
    e = S.events
    stmt = (
        select(e.c.event_id, func.count().over())
        .where(and_(true(), *conditions(f, e, S.documents, store.dialect)))
        .order_by(*event_order(e, order), e.c.event_id)
        .offset(offset)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    total = rows[0][1] if rows else (store.count_events(f) if offset else 0)
    return store.get_events([r[0] for r in rows]), total


# -- actors ---------------------------------------------------------------------------------------


def actor_names(store: Store, limit: int = 50_000) -> list[tuple[str, str, int]]:
    """(name as written, principal code, number of events) for every actor mention, both
    sides, most frequent first (at most ``limit`` per side)."""
    e = S.events
    out: list[tuple[str, str, int]] = []
    with store.engine.connect() as conn:
        for text_col, root_col in ((e.c.source_text, e.c.source_root),
                                   (e.c.target_text, e.c.target_root)):  # fmt: skip
            rows = conn.execute(
                select(text_col, root_col, func.count().label("n"))
                .where(text_col.is_not(None), root_col.is_not(None))
                .group_by(text_col, root_col)
                .order_by(func.count().desc())
                .limit(limit)
            )
            out.extend((name, code, int(n)) for name, code, n in rows)
    return out


def _is(side: str, code: Any) -> ColumnElement[bool]:
    """The actor ``code`` on one side of an event: by its principal (root) code or exactly."""
    e = S.events
    return or_(e.c[f"{side}_root"] == code, e.c[f"{side}_code"] == code)


def _involves(code: Any) -> ColumnElement[bool]:
    return or_(_is("source", code), _is("target", code))


def _between(a: Any, b: Any) -> ColumnElement[bool]:
    return or_(
        and_(_is("source", a), _is("target", b)), and_(_is("source", b), _is("target", a))
    )


_COLUMNS = (
    S.events.c.event_id, S.events.c.year, S.events.c.date_start, S.events.c.goldstein,
    S.events.c.source_code, S.events.c.source_root, S.events.c.source_text,
    S.events.c.target_code, S.events.c.target_root,
)  # fmt: skip


def _visible_events() -> list[ColumnElement[bool]]:
    return [visible(S.events.c.doc_id), S.events.c.not_an_event == false()]


@lru_cache(maxsize=8)
def _dyad_select(dialect: str) -> Any:
    """The dyad profile's statement (built once: the story rule's subqueries are costly to
    build), the actors bound as ``a`` and ``b``. The events counted are the event list's
    (:class:`EventFilter` defaults: visible, once per story)."""
    where = _between(bindparam("a"), bindparam("b"))
    return select(*_COLUMNS).where(where, *conditions(EventFilter(), S.events, S.documents, dialect))


def _rows(store: Store, **actors: str) -> list[Any]:
    """The dyad's events' few columns (in no order: :func:`_latest` picks the newest)."""
    with store.engine.connect() as conn:
        return conn.execute(_dyad_select(store.dialect), actors).all()


def _latest(rows: list[Any], n: int) -> list[str]:
    """The ids of the ``n`` newest rows: newest dated first, then undated ones by id."""
    dated = heapq.nlargest(n, (r for r in rows if r[2] is not None), key=lambda r: (r[2], r[0]))
    undated = heapq.nsmallest(n - len(dated), (r[0] for r in rows if r[2] is None))
    return [r[0] for r in dated] + undated


@lru_cache(maxsize=8)
def _actor_statements(dialect: str, root: bool) -> dict[str, Any]:
    """The actor profile's statements, built once (the actor is the bound parameter ``a``).

    A principal code (KAZ) is matched by the root columns, a role code (KAZGOV) exactly, as
    the event list's filter does. The counts read only the covering indexes; an event with
    the actor on both sides counts once (as its source).
    """
    e, a = S.events, bindparam("a")
    conds = conditions(EventFilter(), S.events, S.documents, dialect)

    def me(side: str) -> Any:
        return e.c[f"{side}_root"] if root else e.c[f"{side}_code"]

    as_source = me("source") == a
    as_target = and_(me("target") == a, func.coalesce(me("source"), "") != a)

    def counts(where: Any, key: Any) -> Any:
        return select(key, func.count(), func.sum(e.c.goldstein)).where(where, *conds).group_by(key)

    involved = or_(as_source, me("target") == a)
    # by partner and by year separately: far fewer rows than by both
    return {
        "partners": (counts(as_source, e.c.target_root), counts(as_target, e.c.source_root)),
        "years": (counts(as_source, e.c.year), counts(as_target, e.c.year)),
        "names": select(e.c.source_text, func.count())
        .where(as_source, e.c.source_text.is_not(None), *conds)
        .group_by(e.c.source_text)
        .order_by(func.count().desc(), e.c.source_text)
        .limit(50),
        "dated": select(e.c.event_id)
        .where(involved, e.c.date_start.is_not(None), *conds)
        .order_by(e.c.date_start.desc(), e.c.event_id.desc())
        .limit(bindparam("n")),
        "undated": select(e.c.event_id)
        .where(involved, e.c.date_start.is_(None), *conds)
        .order_by(e.c.event_id)
        .limit(bindparam("n")),
    }


def actor_profile(
    store: Store, code: str, n_recent: int = 20, n_partners: int = 12
) -> dict[str, Any]:
    """An actor's visible events summarised: ``code``, ``n_events``, ``timeline`` ((year,
    count) pairs), ``partners`` (code, n, mean Goldstein; most events first, then by code),
    ``names`` (its names as written, most frequent first) and ``recent`` (its newest events:
    newest dated first, then undated by id). An event reported by several articles of one
    story counts once, as in the event list.

    Counted in the database per partner and year, from the covering indexes (an actor with
    thousands of events costs a few milliseconds; reading its rows cost ten times that).
    """
    code = code.upper()
    q = _actor_statements(store.dialect, is_root_code(code))
    years: Counter[int] = Counter()
    partner_n: Counter[str] = Counter()
    partner_g: dict[str, float] = defaultdict(float)
    n_events = 0
    with store.engine.connect() as conn:
        for stmt in q["partners"]:
            for partner, n, g in conn.execute(stmt, {"a": code}):
                n_events += n
                if partner and partner != code:
                    partner_n[partner] += n
                    partner_g[partner] += float(g or 0)
        for stmt in q["years"]:
            for year, n, _ in conn.execute(stmt, {"a": code}):
                if year is not None:
                    years[int(year)] += n
        names = [name for name, _ in conn.execute(q["names"], {"a": code})]
        recent = list(conn.execute(q["dated"], {"a": code, "n": n_recent}).scalars())
        if len(recent) < n_recent:
            more = {"a": code, "n": n_recent - len(recent)}
            recent += conn.execute(q["undated"], more).scalars()
    partners = [
        {"code": p, "n": n, "goldstein": round(partner_g[p] / n, 2)}
        for p, n in sorted(partner_n.items(), key=lambda kv: (-kv[1], kv[0]))[:n_partners]
    ]
    return {
        "code": code,
        "names": names,
        "n_events": n_events,
        "timeline": sorted(years.items()),
        "partners": partners,
        "recent": store.get_events(recent),
    }


def dyad_profile(store: Store, a: str, b: str, n_events: int = 50) -> dict[str, Any]:
    """Yearly counts each way and mean Goldstein for the pair, and their latest events."""
    rows = _rows(store, a=a, b=b)
    by_year: dict[int, dict[str, Any]] = {}
    for r in rows:
        if r.year is None:
            continue
        y = by_year.setdefault(int(r.year), {"year": int(r.year), "a_to_b": 0, "b_to_a": 0,
                                              "_g": 0.0})  # fmt: skip
        y["a_to_b" if a in (r.source_root, r.source_code) else "b_to_a"] += 1
        y["_g"] += float(r.goldstein)
    series = []
    for year in sorted(by_year):
        y = by_year[year]
        n = y["a_to_b"] + y["b_to_a"]
        series.append({"year": year, "a_to_b": y["a_to_b"], "b_to_a": y["b_to_a"],
                       "goldstein": round(y.pop("_g") / n, 2)})  # fmt: skip
    return {
        "a": a,
        "b": b,
        "n_events": len(rows),
        "series": series,
        "events": store.get_events(_latest(rows, n_events)),
    }


def recent_events(store: Store, n: int = 10) -> list[dict[str, Any]]:
    """The newest dated visible events, newest first.

    Walks the date index backwards and stops after ``n``: the general query sorts every
    matching event first, which on a large store costs a second for ten rows.
    """
    e = S.events
    with store.engine.connect() as conn:
        ids = (
            conn.execute(
                select(e.c.event_id)
                .where(e.c.date_start.is_not(None), *_visible_events())
                .order_by(e.c.date_start.desc())
                .limit(n)
            )
            .scalars()
            .all()
        )
    return store.get_events(list(ids))


def document_status(store: Store, doc_id: str) -> str | None:
    """The document's status (accepted, pending, rejected), or None when there is none."""
    D = S.documents
    with store.engine.connect() as conn:
        return conn.execute(select(D.c.status).where(D.c.id == doc_id)).scalar_one_or_none()


def has_events(store: Store, a: str, b: str | None = None) -> bool:
    """Whether any visible event involves ``a`` (or, with ``b``, is between ``a`` and ``b``)."""
    where = _involves(a) if b is None else _between(a, b)
    e = S.events
    with store.engine.connect() as conn:
        row = conn.execute(select(e.c.event_id).where(where, *_visible_events()).limit(1))
        return row.first() is not None
