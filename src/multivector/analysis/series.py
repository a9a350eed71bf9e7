"""Time series: event counts, Goldstein sums and quad-class splits per day, month, year or decade.

An event is placed in a period only when its whole date lies in it: a date known to a decade
("the late 1990s") is in the 1990s bucket by decade, and in no bucket by year or month (never
at 1990); a year-precision date is in no month. :func:`unplaced_count` counts those left out,
so that every table and chart can say how many it does not show.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from multivector.analysis.aggregate import UNPLACED, period_length
from multivector.store.aggregates import period_rows
from multivector.store.core import Store
from multivector.store.filters import EventFilter


@dataclass(slots=True)
class SeriesPoint:
    period: str
    events: int = 0
    goldstein: float = 0.0
    by_quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})

    @property
    def mean_goldstein(self) -> float | None:
        return self.goldstein / self.events if self.events else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["by_quad"] = {str(k): v for k, v in self.by_quad.items()}
        d["mean_goldstein"] = self.mean_goldstein
        return d


def time_series(store: Store, f: EventFilter, by: str = "month") -> list[SeriesPoint]:
    """Events matching ``f`` per period, in date order: events whose date lies within one period
    only (undated ones, and those dated more vaguely than ``by``, are left out)."""
    points = _grouped(store, f, by)
    points.pop(UNPLACED, None)
    return [points[k] for k in sorted(points)]


def unplaced_count(store: Store, f: EventFilter, by: str = "month") -> int:
    """How many events matching ``f`` are dated, but too vaguely for a ``by`` period."""
    found = _grouped(store, f, by).get(UNPLACED)
    return found.events if found else 0


def unplaced_note(n: int, by: str) -> str:
    """The line that says what a per-``by`` table or chart does not show ('' when nothing)."""
    if not n:
        return ""
    events, verb = ("1 event", "is") if n == 1 else (f"{n} events", "are")
    return f"{events} dated more vaguely than a {by} (to a decade, say) {verb} not shown"


def _grouped(store: Store, f: EventFilter, by: str) -> dict[str, SeriesPoint]:
    n = period_length(by)
    if n == 0:
        raise ValueError("a time series needs a period: day, month, year or decade")
    points: dict[str, SeriesPoint] = {}
    for p, quad, count, gsum in period_rows(store, f, by):
        pt = points.setdefault(p, SeriesPoint(p))
        pt.events += count
        pt.goldstein += gsum
        pt.by_quad[quad] = pt.by_quad.get(quad, 0) + count
    return points


def dyad_series(
    store: Store, a: str, b: str, by: str = "month", f: EventFilter | None = None
) -> list[SeriesPoint]:
    """The series of events between ``a`` and ``b`` in either direction."""
    from dataclasses import replace

    base = replace(f or EventFilter(), actor=None, target=None, dyad=(a, b))
    return time_series(store, base, by)


def period_range(first: str, last: str, by: str) -> list[str]:
    """Every period label from ``first`` to ``last`` inclusive (year or month; day unchanged)."""
    if by == "year":
        return [f"{y:04d}" for y in range(int(first[:4]), int(last[:4]) + 1)]
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        end = (int(last[:4]), int(last[5:7]))
        out = []
        while (y, m) <= end:
            out.append(f"{y:04d}-{m:02d}")
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out
    return [first] if first == last else [first, last]


def fill_gaps(points: list[SeriesPoint], by: str) -> list[SeriesPoint]:
    """The series with empty points for periods without events (years and months)."""
    if not points or by not in ("year", "month"):
        return points
    have = {p.period: p for p in points}
    return [have.get(k) or SeriesPoint(k) for k in period_range(points[0].period, points[-1].period, by)]
