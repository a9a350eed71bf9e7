"""Actor and dyad profiles, read directly from the store's tables.

The store's API pages through events; a profile needs counts per year and per partner over
all of an actor's events (thousands), so it reads those events' few columns in one indexed
query and aggregates them here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa

from multivector.store.schema import DOC_STATUSES, documents, events
from multivector.web.present import names_only


def _visible() -> list[Any]:
    """Events of accepted documents that nobody retracted.

    Written as ``doc_id NOT IN (unaccepted documents)`` rather than a join on the status: the
    unaccepted documents are few, and without the join SQLite can answer the actor conditions
    from the events' indexes (a MULTI-INDEX OR) instead of scanning every accepted document.
    """
    others = [s for s in DOC_STATUSES if s != "accepted"]  # IN, unlike !=, uses the index
    unaccepted = sa.select(documents.c.id).where(documents.c.status.in_(others))
    return [events.c.doc_id.not_in(unaccepted), events.c.not_an_event == sa.false()]


def _is(code_col: Any, root_col: Any, code: str) -> Any:
    return sa.or_(root_col == code, code_col == code)


_COLUMNS = (
    events.c.event_id, events.c.year, events.c.date_start, events.c.goldstein,
    events.c.source_code, events.c.source_root, events.c.source_text,
    events.c.target_code, events.c.target_root,
)  # fmt: skip


def _rows(store: Any, where: Any) -> list[Any]:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(*_COLUMNS).where(where, *_visible())).all()


def _latest(rows: list[Any], n: int) -> list[str]:
    # newest first, undated last; event_id breaks ties so pages are stable
    dated = sorted(
        (r for r in rows if r.date_start), key=lambda r: (r.date_start, r.event_id), reverse=True
    )
    undated = sorted((r for r in rows if not r.date_start), key=lambda r: r.event_id)
    return [r.event_id for r in (dated + undated)[:n]]


def actor_profile(
    store: Any, code: str, n_recent: int = 20, n_partners: int = 12
) -> dict[str, Any]:
    """Counts per year, top partners, recent events and orientation for ``code``.

    One indexed query fetches the actor's events' few columns; the aggregates over those
    (thousands of rows at most per actor) are cheaper in Python than several GROUP BYs.
    """
    rows = _rows(
        store,
        sa.or_(
            _is(events.c.source_code, events.c.source_root, code),
            _is(events.c.target_code, events.c.target_root, code),
        ),
    )
    years: Counter[int] = Counter()
    partner_n: Counter[str] = Counter()
    partner_g: dict[str, float] = defaultdict(float)
    names: Counter[str] = Counter()
    for r in rows:
        if r.year is not None:
            years[int(r.year)] += 1
        as_source = code in (r.source_root, r.source_code)
        partner = r.target_root if as_source else r.source_root
        if as_source and r.source_text:
            names[r.source_text] += 1
        if partner and partner != code:
            partner_n[partner] += 1
            partner_g[partner] += float(r.goldstein)
    partners = [
        {"code": p, "n": n, "goldstein": round(partner_g[p] / n, 2)}
        for p, n in sorted(partner_n.items(), key=lambda kv: (-kv[1], kv[0]))[:n_partners]
    ]
    recent = [e for e in (store.get_event(i) for i in _latest(rows, n_recent)) if e is not None]
    poles, orientation = orientation_of(store, code) if rows else ([], [])
    return {
        "code": code,
        "names": names_only([name for name, _ in names.most_common()])[:5],
        "n_events": len(rows),
        "timeline": sorted(years.items()),
        "partners": partners,
        "recent": recent,
        "poles": poles,
        "orientation": orientation,
    }


def dyad_profile(store: Any, a: str, b: str, n_events: int = 50) -> dict[str, Any]:
    """Yearly counts each way and mean Goldstein for the pair, and their latest events."""
    a_to_b = sa.and_(
        _is(events.c.source_code, events.c.source_root, a),
        _is(events.c.target_code, events.c.target_root, b),
    )
    b_to_a = sa.and_(
        _is(events.c.source_code, events.c.source_root, b),
        _is(events.c.target_code, events.c.target_root, a),
    )
    rows = _rows(store, sa.or_(a_to_b, b_to_a))
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
        "events": [
            e for e in (store.get_event(i) for i in _latest(rows, n_events)) if e is not None
        ],
    }


def recent_events(store: Any, n: int = 10) -> list[dict[str, Any]]:
    """The newest dated events (of accepted documents), newest first.

    Walks the date index backwards and stops after ``n``: the store's general query sorts
    every matching event first, which on a large store costs a second for ten rows.
    """
    with store.engine.connect() as conn:
        ids = (
            conn.execute(
                sa.select(events.c.event_id)
                .where(events.c.date_start.is_not(None), *_visible())
                .order_by(events.c.date_start.desc())
                .limit(n)
            )
            .scalars()
            .all()
        )
    return [e for e in (store.get_event(i) for i in ids) if e is not None]


def orientation_of(store: Any, code: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The actor's orientation per year from :mod:`multivector.analysis`: (poles, rows).

    Each row is ``{"period", "shares": {pole: share}, "multipolarity"}``; periods in which
    the actor cooperated with no pole are left out (their shares are undefined).
    """
    from multivector.analysis import orientation

    rows = [
        r
        for r in orientation(store, code, by="year")
        if r.multipolarity is not None or any(s.share is not None for s in r.poles.values())
    ]
    if not rows:
        return [], []
    poles = list(rows[0].poles)
    return poles, [
        {
            "period": r.period,
            "shares": {name: (s.share or 0.0) for name, s in r.poles.items()},
            "multipolarity": r.multipolarity,
        }
        for r in rows
    ]


def document_status(store: Any, doc_id: str) -> str | None:
    """The document's status (accepted, pending, rejected), or None when there is none."""
    with store.engine.connect() as conn:
        return conn.execute(
            sa.select(documents.c.status).where(documents.c.id == doc_id)
        ).scalar_one_or_none()


def has_events(store: Any, a: str, b: str | None = None) -> bool:
    """Whether any visible event involves ``a`` (or, with ``b``, is between ``a`` and ``b``)."""
    src = _is(events.c.source_code, events.c.source_root, a)
    tgt = _is(events.c.target_code, events.c.target_root, a)
    if b is None:
        where = sa.or_(src, tgt)
    else:
        where = sa.or_(
            sa.and_(src, _is(events.c.target_code, events.c.target_root, b)),
            sa.and_(_is(events.c.source_code, events.c.source_root, b), tgt),
        )
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(events.c.event_id).where(where, *_visible()).limit(1))
        return row.first() is not None
