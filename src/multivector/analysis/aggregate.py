"""The aggregates the analyses are built from: an actor's events by partner or by pole.

Both directions count: events where the actor is the source (partner = target) and events
where it is the target (partner = source). The store aggregates in the database, over covering
indexes (:func:`multivector.store.aggregates.actor_cells`), so that it stays fast on stores of
millions of events; this module gives its rows their meaning (partners, poles).
"""

from __future__ import annotations

from dataclasses import dataclass

from multivector.analysis.poles import Pole
from multivector.store.aggregates import (
    PERIODS,
    UNPLACED,
    Membership,
    actor_cells,
    period_length,
)
from multivector.store.core import Store
from multivector.store.filters import EventFilter

__all__ = ["PERIODS", "UNPLACED", "Cell", "partner_cells", "period_length", "pole_cells"]


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


def _memberships(poles: list[Pole]) -> list[Membership]:
    return [Membership(p.name, m.code, m.since, m.until) for p in poles for m in p.members]


def _cells(
    store: Store, actor: str, f: EventFilter | None, by: str | None, poles: list[Pole] | None = None
) -> list[Cell]:
    rows = actor_cells(store, actor, f, by, _memberships(poles or []))
    return [Cell(r.partner, r.period, r.quad_class, r.events, r.goldstein, r.weight,
                 r.last_date, r.group) for r in rows]  # fmt: skip


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
    membership); the first pole (in the poles' order) the partner belongs to counts."""
    rows = actor_cells(store, actor, f, by, _memberships(poles), by_group=True)
    out: dict[tuple, Cell] = {}
    for r in rows:  # one row per pole, period and quad class on each side: add the sides
        k = (r.group or None, r.period, r.quad_class)
        if k in out:
            o = out[k]
            o.events += r.events
            o.goldstein += r.goldstein
            o.weight += r.weight
            if r.last_date and (o.last_date is None or r.last_date > o.last_date):
                o.last_date = r.last_date
        else:
            out[k] = Cell(k[0], r.period, r.quad_class, r.events, r.goldstein, r.weight,
                          r.last_date)  # fmt: skip
    return list(out.values())
