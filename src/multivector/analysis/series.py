"""Time series: event counts, Goldstein sums and quad-class splits per day, month or year."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from multivector.analysis.aggregate import period_length
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
    """Events matching ``f`` per period (dated events only), in date order."""
    n = period_length(by)
    if n == 0:
        raise ValueError("a time series needs a period: day, month or year")
    points: dict[str, SeriesPoint] = {}
    for p, quad, count, gsum in period_rows(store, f, n):
        pt = points.setdefault(p, SeriesPoint(p))
        pt.events += count
        pt.goldstein += gsum
        pt.by_quad[quad] = pt.by_quad.get(quad, 0) + count
    return [points[k] for k in sorted(points)]


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
