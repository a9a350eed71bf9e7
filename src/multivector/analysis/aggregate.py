"""SQL aggregates the analyses are built from: an actor's events by partner or by pole.

Both directions count: events where the actor is the source (partner = target) and events
where it is the target (partner = source). The aggregation runs in the database, over covering
indexes, so that it stays fast on stores of millions of events.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import String, and_, case, func, literal, or_, select, true, type_coerce

from multivector.analysis.poles import Pole, pole_of
from multivector.store import schema as S
from multivector.store.core import Store
from multivector.store.filters import EventFilter, actor_match, conditions

PERIODS = {"day": 10, "month": 7, "year": 4, "decade": 3}
#: The period of an event dated more vaguely than the period asked for (a decade, by year).
UNPLACED = "unplaced"


def period_length(by: str | None) -> int:
    if by is None:
        return 0
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, got {by!r}")
    return PERIODS[by]


def period_expr(events, by: str):
    """SQL: the ``by`` period an event's date lies in, as :meth:`PartialDate.period` labels it
    ("2001", "2001-07", decades "1990s"); ``'unplaced'`` when the date's range spans periods
    (a decade by year, a year by month), NULL when undated. Never the period's first year."""
    n = period_length(by)
    head = func.substr(events.c.date_start, 1, n)
    label = type_coerce(head, String) + "0s" if by == "decade" else head
    return case(
        (events.c.date_start.is_(None), literal(None)),
        (head == func.substr(events.c.date_end, 1, n), label),
        else_=literal(UNPLACED),
    )


@dataclass(slots=True)
class Cell:
    """Events between the actor and a partner (or a pole) with one quad class in one period."""

    key: str  # the partner's code
    period: str  # "all", "undated", or YYYY / YYYY-MM / YYYY-MM-DD
    quad_class: int
    events: int
    goldstein: float
    weight: float  # sum of max(|goldstein|, 1): cooperation for quads 1-2, conflict for 3-4
    last_date: str | None = None
    extra: str | None = None


def dated_codes(poles: list[Pole]) -> frozenset[str]:
    """Codes with a dated membership somewhere: only their events need a per-event date check."""
    return frozenset(m.code for p in poles for m in p.members if m.since or m.until)


def pole_expr(poles: list[Pole], partner, day):
    """SQL: for a partner with a dated membership, the name of the first pole it belongs to on
    ``day`` ('' if none); NULL for every other partner (decided in Python, no date needed)."""
    dated = dated_codes(poles)
    if not dated:
        return literal(None)
    whens = []
    for pole in poles:
        for m in pole.members:
            if m.code not in dated:
                continue
            bounds = []
            if m.since:
                bounds.append(day >= m.since)
            if m.until:
                bounds.append(day <= m.until)
            active = or_(day.is_(None), and_(*bounds)) if bounds else true()
            whens.append((and_(partner == m.code, active), literal(pole.name)))
    # The IN test first keeps the per-row cost low for the (many) events with undated partners.
    return case((partner.in_(sorted(dated)), case(*whens, else_="")), else_=None)


def _cells(
    store: Store, actor: str, f: EventFilter | None, by: str | None, extra=None
) -> list[Cell]:
    actor = actor.strip().upper()
    base = replace(f or EventFilter(), actor=None, target=None, dyad=None)
    e, d = S.events, S.documents
    conds = conditions(base, e, d, store.dialect)
    n = period_length(by)
    period = period_expr(e, by) if n and by else literal("all")
    sides = (
        (e.c.source_root, e.c.source_code, e.c.target_root),
        (e.c.target_root, e.c.target_code, e.c.source_root),
    )
    cells: list[Cell] = []
    with store.engine.connect() as conn:
        for me_root, me_code, other in sides:
            x = (extra(other, e.c.date_start) if extra else literal(None)).label("extra")
            p = period.label("period")
            q = (
                select(
                    other, x, p, e.c.quad_class, func.count(), func.sum(e.c.goldstein),
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
                .group_by(other, x, p, e.c.quad_class)
            )
            for partner, ext, per, quad, cnt, gsum, weight, last in conn.execute(q):
                cells.append(
                    Cell(partner, per if per is not None else "undated", int(quad), int(cnt),
                         float(gsum or 0), float(weight or 0), last, ext)  # fmt: skip
                )
    return cells


def partner_cells(
    store: Store, actor: str, f: EventFilter | None = None, by: str | None = None
) -> list[Cell]:
    """The actor's events aggregated per partner (``key``), quad class and period."""
    return _cells(store, actor, f, by)


def pole_cells(
    store: Store, actor: str, poles: list[Pole], f: EventFilter | None = None, by: str | None = None
) -> list[Cell]:
    """The actor's events aggregated per pole (``key``: pole name, or None for no pole), quad
    class and period. Membership is decided per event, on its first day (undated events: any
    membership)."""
    dated = dated_codes(poles)
    out: dict[tuple, Cell] = {}
    for c in _cells(store, actor, f, by, extra=lambda other, day: pole_expr(poles, other, day)):
        if c.key in dated:
            pole = c.extra or None
        else:
            found = pole_of(poles, c.key)
            pole = found.name if found else None
        k = (pole, c.period, c.quad_class)
        if k in out:
            o = out[k]
            o.events += c.events
            o.goldstein += c.goldstein
            o.weight += c.weight
            if c.last_date and (o.last_date is None or c.last_date > o.last_date):
                o.last_date = c.last_date
        else:
            out[k] = Cell(pole, c.period, c.quad_class, c.events, c.goldstein, c.weight, c.last_date)
    return list(out.values())
