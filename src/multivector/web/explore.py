"""Actor and dyad profiles: aggregate queries written against the store's tables.

The store's public API returns events page by page; the profiles need counts grouped by year
and partner over possibly thousands of events, which is one GROUP BY in SQL.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from multivector.store.schema import documents, events


def _live() -> list[Any]:
    """Conditions every profile shares: accepted documents, events not retracted."""
    return [documents.c.status == "accepted", events.c.not_an_event == sa.false()]


def _joined() -> Any:
    return events.join(documents, documents.c.id == events.c.doc_id)


def _is(code_col: Any, root_col: Any, code: str) -> Any:
    return sa.or_(root_col == code, code_col == code)


def actor_profile(store: Any, code: str, n_recent: int = 20, n_partners: int = 12) -> dict[str, Any]:
    """Counts per year, top partners, recent events and orientation for ``code``."""
    as_source = _is(events.c.source_code, events.c.source_root, code)
    as_target = _is(events.c.target_code, events.c.target_root, code)
    involved = sa.or_(as_source, as_target)
    with store.engine.connect() as conn:
        n_events = conn.execute(
            sa.select(sa.func.count()).select_from(_joined()).where(involved, *_live())
        ).scalar_one()
        timeline = [
            (int(r.year), int(r.n))
            for r in conn.execute(
                sa.select(events.c.year, sa.func.count().label("n"))
                .select_from(_joined())
                .where(involved, events.c.year.is_not(None), *_live())
                .group_by(events.c.year)
                .order_by(events.c.year)
            )
        ]
        partner = sa.case((as_source, events.c.target_root), else_=events.c.source_root)
        partners = [
            {"code": r.partner, "n": int(r.n), "goldstein": round(float(r.g), 2)}
            for r in conn.execute(
                sa.select(
                    partner.label("partner"),
                    sa.func.count().label("n"),
                    sa.func.avg(events.c.goldstein).label("g"),
                )
                .select_from(_joined())
                .where(involved, partner.is_not(None), partner != code, *_live())
                .group_by(partner)
                .order_by(sa.func.count().desc(), partner)
                .limit(n_partners)
            )
        ]
        recent_ids = [
            r.event_id
            for r in conn.execute(
                sa.select(events.c.event_id)
                .select_from(_joined())
                .where(involved, *_live())
                .order_by(events.c.date_start.desc().nulls_last(), events.c.event_id)
                .limit(n_recent)
            )
        ]
        names = conn.execute(
            sa.select(events.c.source_text, sa.func.count().label("n"))
            .where(as_source, events.c.source_text.is_not(None))
            .group_by(events.c.source_text)
            .order_by(sa.func.count().desc())
            .limit(5)
        ).all()
    recent = [e for e in (store.get_event(i) for i in recent_ids) if e is not None]
    poles, orientation = orientation_of(store, code)
    return {
        "code": code,
        "names": [r.source_text for r in names],
        "n_events": int(n_events),
        "timeline": timeline,
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
    either = sa.or_(a_to_b, b_to_a)
    with store.engine.connect() as conn:
        total = conn.execute(
            sa.select(sa.func.count()).select_from(_joined()).where(either, *_live())
        ).scalar_one()
        series = [
            {
                "year": int(r.year),
                "a_to_b": int(r.ab or 0),
                "b_to_a": int(r.ba or 0),
                "goldstein": None if r.g is None else round(float(r.g), 2),
            }
            for r in conn.execute(
                sa.select(
                    events.c.year,
                    sa.func.sum(sa.case((a_to_b, 1), else_=0)).label("ab"),
                    sa.func.sum(sa.case((b_to_a, 1), else_=0)).label("ba"),
                    sa.func.avg(events.c.goldstein).label("g"),
                )
                .select_from(_joined())
                .where(either, events.c.year.is_not(None), *_live())
                .group_by(events.c.year)
                .order_by(events.c.year)
            )
        ]
        ids = [
            r.event_id
            for r in conn.execute(
                sa.select(events.c.event_id)
                .select_from(_joined())
                .where(either, *_live())
                .order_by(events.c.date_start.desc().nulls_last(), events.c.event_id)
                .limit(n_events)
            )
        ]
    return {
        "a": a,
        "b": b,
        "n_events": int(total),
        "series": series,
        "events": [e for e in (store.get_event(i) for i in ids) if e is not None],
    }


def orientation_of(store: Any, code: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The actor's orientation per year from :mod:`multivector.analysis`: (poles, rows).

    Each row is ``{"period", "shares": {pole: share}, "multipolarity"}``; periods in which
    the actor cooperated with no pole are left out (their shares are undefined).
    """
    from multivector.analysis import orientation

    rows = [r for r in orientation(store, code, by="year") if r.multipolarity is not None
            or any(s.share is not None for s in r.poles.values())]
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
