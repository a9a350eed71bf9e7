"""Orientation: how an actor's cooperation and conflict divide among poles, and how balanced.

For an actor and period, every event between the actor and a partner (either direction) that
belongs to a pole on the event's date adds to that pole: quad classes 1-2 to cooperation, 3-4 to
conflict, each weighted by its Goldstein value (at least 1). A pole's *share* is its part of the
actor's cooperation with all poles; the *multipolarity index* is the normalised entropy of the
shares (1 = evenly spread over the poles, 0 = all with one pole); the *lean* is the pole with
the largest share.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from multivector.analysis.aggregate import UNPLACED, pole_cells
from multivector.analysis.poles import Pole, load_poles
from multivector.store.core import Store
from multivector.store.filters import EventFilter


@dataclass(slots=True)
class PoleScore:
    coop_events: int = 0
    conflict_events: int = 0
    coop_weight: float = 0.0
    conflict_weight: float = 0.0
    share: float | None = None

    @property
    def net(self) -> float:
        return self.coop_weight - self.conflict_weight

    def to_dict(self) -> dict[str, Any]:
        return {
            "coop_events": self.coop_events,
            "conflict_events": self.conflict_events,
            "coop_weight": round(self.coop_weight, 4),
            "conflict_weight": round(self.conflict_weight, 4),
            "net": round(self.net, 4),
            "share": None if self.share is None else round(self.share, 4),
        }


@dataclass(slots=True)
class OrientationRow:
    actor: str
    period: str
    poles: dict[str, PoleScore]
    other: PoleScore = field(default_factory=PoleScore)
    multipolarity: float | None = None
    lean: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "period": self.period,
            "poles": {name: s.to_dict() for name, s in self.poles.items()},
            "other": self.other.to_dict(),
            "multipolarity": None if self.multipolarity is None else round(self.multipolarity, 4),
            "lean": self.lean,
        }


def multipolarity_index(shares: list[float]) -> float | None:
    """Normalised Shannon entropy of ``shares`` over len(shares) poles; None if all zero."""
    total = sum(shares)
    if total <= 0 or len(shares) < 2:
        return None
    h = -sum((s / total) * math.log(s / total) for s in shares if s > 0)
    return max(0.0, h / math.log(len(shares)))  # max(): -0.0 when one pole


def orientation(
    store: Store,
    actor: str,
    *,
    by: str | None = None,
    poles: list[Pole] | None = None,
    f: EventFilter | None = None,
) -> list[OrientationRow]:
    """The actor's orientation toward each pole, overall (``by=None``) or per year/month/day."""
    actor = actor.strip().upper()
    poles = poles if poles is not None else load_poles()
    rows: dict[str, OrientationRow] = {}

    def row(period: str) -> OrientationRow:
        if period not in rows:
            rows[period] = OrientationRow(actor, period, {p.name: PoleScore() for p in poles})
        return rows[period]

    for c in pole_cells(store, actor, poles, f, by):
        r = row(c.period)
        target = r.poles[c.key] if c.key in r.poles else r.other
        if c.quad_class in (1, 2):
            target.coop_events += c.events
            target.coop_weight += c.weight
        else:
            target.conflict_events += c.events
            target.conflict_weight += c.weight
    if by is None and not rows:
        row("all")
    for r in rows.values():
        total = sum(s.coop_weight for s in r.poles.values())
        if total > 0:
            for s in r.poles.values():
                s.share = s.coop_weight / total
            r.multipolarity = multipolarity_index([s.coop_weight for s in r.poles.values()])
            best = max(r.poles.items(), key=lambda kv: kv[1].coop_weight)
            ties = [n for n, s in r.poles.items() if s.coop_weight == best[1].coop_weight]
            r.lean = best[0] if len(ties) == 1 else None
    return [rows[k] for k in sorted(rows, key=lambda k: (k in ("undated", UNPLACED), k))]


def format_orientation(rows: list[OrientationRow]) -> str:
    """A text table: one line per period, per pole cooperation/conflict/share, index and lean."""
    if not rows:
        return "no events"
    names = list(rows[0].poles)
    header = ["period"]
    for n in names:
        header += [f"{n} coop", f"{n} confl", f"{n} share"]
    header += ["other coop", "multipolarity", "lean"]
    table = [header]
    for r in rows:
        line = [r.period]
        for n in names:
            s = r.poles[n]
            line += [f"{s.coop_weight:.1f} ({s.coop_events})", f"{s.conflict_weight:.1f} ({s.conflict_events})",
                     "-" if s.share is None else f"{s.share:.0%}"]  # fmt: skip
        line += [f"{r.other.coop_weight:.1f} ({r.other.coop_events})",
                 "-" if r.multipolarity is None else f"{r.multipolarity:.2f}", r.lean or "-"]  # fmt: skip
        table.append(line)
    widths = [max(len(t[i]) for t in table) for i in range(len(header))]
    return "\n".join(
        "  ".join(v.rjust(w) if i else v.ljust(w) for i, (v, w) in enumerate(zip(t, widths, strict=True)))
        for t in table
    )
