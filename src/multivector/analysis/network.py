"""Partner network: an actor's partners weighted by cooperation and conflict."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from multivector.analysis.aggregate import partner_cells
from multivector.analysis.poles import Pole, pole_of
from multivector.store.core import Store
from multivector.store.filters import EventFilter


@dataclass(slots=True)
class Partner:
    partner: str
    events: int = 0
    coop_events: int = 0
    conflict_events: int = 0
    coop_weight: float = 0.0
    conflict_weight: float = 0.0
    goldstein: float = 0.0
    pole: str | None = None

    @property
    def net(self) -> float:
        return self.coop_weight - self.conflict_weight

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "net": self.net}


def partner_network(
    store: Store, actor: str, f: EventFilter | None = None, poles: list[Pole] | None = None
) -> list[dict[str, Any]]:
    """The actor's partners (both directions), heaviest first, with their pole if any."""
    partners: dict[str, Partner] = {}
    last: dict[str, str | None] = {}
    for c in partner_cells(store, actor, f):
        p = partners.setdefault(c.key, Partner(c.key))
        p.events += c.events
        p.goldstein += c.goldstein
        if c.quad_class in (1, 2):
            p.coop_events += c.events
            p.coop_weight += c.weight
        else:
            p.conflict_events += c.events
            p.conflict_weight += c.weight
        if c.last_date and (last.get(c.key) is None or c.last_date > last[c.key]):
            last[c.key] = c.last_date
    if poles:
        for code, p in partners.items():
            pole = pole_of(poles, code, last.get(code))  # membership as of the latest event
            p.pole = pole.name if pole else None
    ranked = sorted(
        partners.values(), key=lambda p: (-(p.coop_weight + p.conflict_weight), p.partner)
    )
    return [p.to_dict() for p in ranked]
