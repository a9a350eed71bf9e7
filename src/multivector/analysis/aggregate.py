"""SQL aggregates the analyses are built from: per partner, month and quad class."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import and_, case, func, or_, select, true

from multivector.store import schema as S
from multivector.store.core import Store
from multivector.store.filters import EventFilter, conditions

PERIODS = {"day": 10, "month": 7, "year": 4}


def period_length(by: str | None) -> int:
    if by is None:
        return 0
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, got {by!r}")
    return PERIODS[by]


@dataclass(slots=True)
class PartnerCell:
    """Events between the actor and one partner in one month with one quad class."""

    partner: str
    month: str | None  # YYYY-MM, or None for undated events
    day: str | None  # earliest date_start in the cell, for memberships
    quad_class: int
    events: int
    goldstein: float
    coop_weight: float
    conflict_weight: float


def coop_weight_expr(e):
    # A cooperative event weighs its Goldstein value, at least 1 so that neutral-scored verbal
    # cooperation (statements, 0.0) still counts; conflict mirrors it.
    return case((e.c.goldstein > 1.0, e.c.goldstein), else_=1.0)


def conflict_weight_expr(e):
    return case((e.c.goldstein < -1.0, -e.c.goldstein), else_=1.0)


def partner_cells(store: Store, actor: str, f: EventFilter | None = None) -> list[PartnerCell]:
    """Aggregates of the actor's events with each partner, in either direction."""
    actor = actor.strip().upper()
    base = replace(f or EventFilter(), actor=None, target=None, dyad=None)
    e, d = S.events, S.documents
    conds = conditions(base, e, d, store.dialect)
    month = func.substr(e.c.date_start, 1, 7)
    cells: list[PartnerCell] = []
    sides = (
        (e.c.source_root, e.c.source_code, e.c.target_root),
        (e.c.target_root, e.c.target_code, e.c.source_root),
    )
    with store.engine.connect() as conn:
        for me_root, me_code, other in sides:
            q = (
                select(
                    other, month, func.min(e.c.date_start), e.c.quad_class, func.count(),
                    func.sum(e.c.goldstein), func.sum(coop_weight_expr(e)),
                    func.sum(conflict_weight_expr(e)),
                )  # fmt: skip
                .select_from(e.join(d, d.c.id == e.c.doc_id))
                .where(
                    and_(
                        true(),
                        or_(me_root == actor, me_code == actor),
                        other.is_not(None),
                        other != actor,
                        *conds,
                    )
                )
                .group_by(other, month, e.c.quad_class)
            )
            for partner, mon, day, quad, n, gsum, cw, kw in conn.execute(q):
                cells.append(
                    PartnerCell(partner, mon, day, int(quad), int(n), float(gsum or 0),
                                float(cw or 0), float(kw or 0))  # fmt: skip
                )
    return cells


def bucket(month: str | None, day: str | None, by: str | None) -> str:
    """The period label of a cell: 'all', 'undated', or the first 4/7/10 characters of the date."""
    if by is None:
        return "all"
    if month is None:
        return "undated"
    if by == "day":
        return day or month
    return month[: period_length(by)]
