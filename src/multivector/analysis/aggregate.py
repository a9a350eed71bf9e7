"""SQL aggregates the analyses are built from: an actor's events by partner or by pole.

Both directions count: events where the actor is the source (partner = target) and events
where it is the target (partner = source). The aggregation runs in the database, over covering
indexes, so that it stays fast on stores of millions of events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import and_, case, func, literal, or_, select, true

from multivector.analysis.poles import Pole
from multivector.store import schema as S
from multivector.store.core import Store
from multivector.store.filters import EventFilter, actor_match, conditions

PERIODS = {"day": 10, "month": 7, "year": 4}


def period_length(by: str | None) -> int:
    if by is None:
        return 0
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, got {by!r}")
    return PERIODS[by]


@dataclass(slots=True)
class Cell:
    """Events between the actor and a partner (or a pole) with one quad class in one period."""

    key: str | None  # partner code, or pole name (None: no pole)
    period: str  # "all", "undated", or YYYY / YYYY-MM / YYYY-MM-DD
    quad_class: int
    events: int
    goldstein: float
    weight: float  # sum of max(|goldstein|, 1): cooperation for quads 1-2, conflict for 3-4
    last_date: str | None = None


def pole_expr(poles: list[Pole], partner, day):
    """SQL: the name of the first pole ``partner`` belongs to on ``day`` (NULL if none)."""
    whens = []
    for pole in poles:
        always = sorted({m.code for m in pole.members if not m.since and not m.until})
        if always:
            whens.append((partner.in_(always), literal(pole.name)))
        for m in pole.members:
            if not m.since and not m.until:
                continue
            bounds = []
            if m.since:
                bounds.append(day >= m.since)
            if m.until:
                bounds.append(day <= m.until)
            whens.append((and_(partner == m.code, or_(day.is_(None), and_(*bounds))), literal(pole.name)))
    if not whens:
        return literal(None)
    return case(*whens, else_=None)


def _cells(store: Store, actor: str, f: EventFilter | None, key_of, by: str | None) -> list[Cell]:
    actor = actor.strip().upper()
    base = replace(f or EventFilter(), actor=None, target=None, dyad=None)
    e, d = S.events, S.documents
    conds = conditions(base, e, d, store.dialect)
    n = period_length(by)
    period = func.substr(e.c.date_start, 1, n) if n else literal("all")
    sides = (
        (e.c.source_root, e.c.source_code, e.c.target_root),
        (e.c.target_root, e.c.target_code, e.c.source_root),
    )
    cells: list[Cell] = []
    with store.engine.connect() as conn:
        for me_root, me_code, other in sides:
            key = key_of(other, e.c.date_start).label("key")
            p = period.label("period")
            q = (
                select(
                    key, p, e.c.quad_class, func.count(), func.sum(e.c.goldstein),
                    func.sum(e.c.weight), func.max(e.c.date_start),
                )  # fmt: skip
                .where(
                    and_(
                        true(),
                        actor_match(me_code, me_root, actor),
                        other.is_not(None),
                        other != actor,
                        *conds,
                    )
                )
                .group_by(key, p, e.c.quad_class)
            )
            for k, per, quad, cnt, gsum, weight, last in conn.execute(q):
                cells.append(
                    Cell(k, per if per is not None else "undated", int(quad), int(cnt),
                         float(gsum or 0), float(weight or 0), last)  # fmt: skip
                )
    return cells


def partner_cells(store: Store, actor: str, f: EventFilter | None = None, by: str | None = None) -> list[Cell]:
    """The actor's events aggregated per partner (``key``), quad class and period."""
    return _cells(store, actor, f, lambda other, day: other, by)


def pole_cells(
    store: Store, actor: str, poles: list[Pole], f: EventFilter | None = None, by: str | None = None
) -> list[Cell]:
    """The actor's events aggregated per pole (``key``; None = no pole), quad class and period.

    Membership is decided per event, on its first day (undated events: any membership)."""
    return _cells(store, actor, f, lambda other, day: pole_expr(poles, other, day), by)
