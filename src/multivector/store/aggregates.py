"""GROUP BY queries the analyses are built from: an actor's events per partner, and events per
period. The aggregation runs in the database over the covering indexes; the analyses
(:mod:`multivector.analysis`) give the rows their meaning.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import astuple, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
)

from multivector.store import schema as S
from multivector.store.filters import EventFilter, conditions, is_root_code

if TYPE_CHECKING:
    from multivector.store.core import Store


PERIODS = {"day": 10, "month": 7, "year": 4, "decade": 3}
#: The period of an event dated more vaguely than the period asked for (a decade, by year).
UNPLACED = "unplaced"


def period_length(by: str | None) -> int:
    """The length of the date prefix that names a ``by`` period (0: no period)."""
    if by is None:
        return 0
    if by not in PERIODS:
        raise ValueError(f"period must be one of {sorted(PERIODS)}, got {by!r}")
    return PERIODS[by]


def period_expr(events: Any, by: str) -> Any:
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


class Membership(NamedTuple):
    """A partner code's membership of a named group (a pole) from ``since`` to ``until``."""

    group: str
    code: str
    since: str | None = None
    until: str | None = None


class CellRow(NamedTuple):
    """Events of one actor with one partner, in one period and quad class."""

    partner: str
    group: str | None  # the dated membership's group on the event's day ('' none, None n/a)
    period: str  # "all", "undated" or a date prefix
    quad_class: int
    events: int
    goldstein: float
    weight: float
    last_date: str | None


@functools.lru_cache(maxsize=64)
def _group_expr(memberships: tuple[Membership, ...], partner: Any, day: Any, *, every: bool) -> Any:
    """SQL: the first group ``partner`` belongs to on ``day`` ('' if none). Without ``every``
    only partners with a dated membership are decided (NULL for the others, whose group does
    not depend on the day); with it, every partner."""
    dated = sorted({m.code for m in memberships if m.since or m.until})
    codes = sorted({m.code for m in memberships}) if every else dated
    if not codes:
        return literal("") if every else literal(None)
    whens = []
    for m in memberships:
        if m.code not in codes:
            continue
        bounds = []
        if m.since:
            bounds.append(day >= m.since)
        if m.until:
            bounds.append(day <= m.until)
        active = or_(day.is_(None), and_(*bounds)) if bounds else true()
        whens.append((and_(partner == m.code, active), literal(m.group)))
    # The IN test first keeps the per-row cost low for the (many) events of other partners.
    return case((partner.in_(codes), case(*whens, else_="")), else_="" if every else None)


def actor_cells(
    store: Store, actor: str, f: EventFilter | None = None, by: str | None = None,
    memberships: Sequence[Membership] = (), *, by_group: bool = False,
) -> list[CellRow]:  # fmt: skip
    """The actor's events (both directions) per partner, dated group, period and quad class.

    ``by`` is the period (day, month, year, decade; None: one period "all"; see
    :func:`period_expr`). ``memberships`` with dates are resolved per event. With
    ``by_group`` the rows are per group instead of per partner (``partner`` is None, ``group``
    the first group the partner belongs to on the event's day, '' for none): far fewer rows.
    """
    actor = actor.strip().upper()
    base = replace(f or EventFilter(), actor=None, target=None, dyad=None)
    shape = (store.dialect, astuple(base), by, tuple(memberships), by_group, is_root_code(actor))
    out: list[CellRow] = []
    with store.engine.connect() as conn:
        for q in _cells_statements(*shape):
            for partner, ext, per, quad, cnt, gsum, weight, last in conn.execute(q, {"me": actor}):
                out.append(
                    CellRow(partner, ext, per if per is not None else "undated", int(quad),
                            int(cnt), float(gsum or 0), float(weight or 0), last)  # fmt: skip
                )
    return out


@functools.lru_cache(maxsize=128)
def _cells_statements(
    dialect: str, base: tuple[Any, ...], by: str | None, memberships: tuple[Membership, ...],
    by_group: bool, root: bool,
) -> tuple[Any, Any]:  # fmt: skip
    """:func:`actor_cells`' two statements (the actor as source, as target), built once per
    shape (the story rule's subqueries and the groups' CASE are costly to build); the actor
    is the bound parameter ``me``."""
    e, d = S.events, S.documents
    conds = conditions(EventFilter(*base), e, d, dialect)
    period = period_expr(e, by) if period_length(by) and by else literal("all")
    me = bindparam("me")
    sides = (
        (e.c.source_root, e.c.source_code, e.c.target_root),
        (e.c.target_root, e.c.target_code, e.c.source_root),
    )
    out = []
    for me_root, me_code, other in sides:
        x = _group_expr(memberships, other, e.c.date_start, every=by_group).label("extra")
        p = period.label("period")
        who = literal(None).label("partner") if by_group else other
        out.append(
            select(
                who, x, p, e.c.quad_class, func.count(), func.sum(e.c.goldstein),
                func.sum(e.c.weight), func.max(e.c.date_start),
            )  # fmt: skip
            .where(
                and_(
                    true(),
                    (me_root if root else me_code) == me,
                    other.is_not(None),
                    other != me,
                    *conds,
                )
            )
            .group_by(*([] if by_group else [other]), x, p, e.c.quad_class)
        )
    return out[0], out[1]


def period_rows(store: Store, f: EventFilter, by: str) -> list[tuple[str, int, int, float]]:
    """(period, quad class, events, Goldstein sum) of the dated events matching ``f`` (the
    period is ``'unplaced'`` for a date vaguer than ``by``)."""
    e, d = S.events, S.documents
    period = period_expr(e, by)
    q = (
        select(period, e.c.quad_class, func.count(), func.sum(e.c.goldstein))
        .where(and_(true(), e.c.date_start.is_not(None), *conditions(f, e, d, store.dialect)))
        .group_by(period, e.c.quad_class)
    )
    with store.engine.connect() as conn:
        return [(p, int(quad), int(n), float(g or 0)) for p, quad, n, g in conn.execute(q)]
