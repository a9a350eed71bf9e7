"""Mark up a document's text with its events' spans (source, verb, target, object).

Spans are document character offsets. Overlapping spans of different events are split at
every boundary, so each piece of text is emitted once and carries every event it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("source", "verb", "target", "object")


@dataclass(slots=True)
class Segment:
    """A run of text and the (event_id, role) pairs whose spans cover it."""

    text: str
    start: int
    marks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        return sorted({role for _, role in self.marks}, key=ROLES.index)

    @property
    def event_ids(self) -> list[str]:
        return list(dict.fromkeys(eid for eid, _ in self.marks))


def _spans(event: dict[str, Any], text_len: int) -> list[tuple[int, int, str]]:
    out = []
    for role in ROLES:
        span = (event.get("spans") or {}).get(role)
        if not span:
            continue
        start, end = int(span[0]), int(span[1])
        if 0 <= start < end <= text_len:
            out.append((start, end, role))
    return out


def segments(text: str, events: list[dict[str, Any]]) -> list[Segment]:
    """Split ``text`` into segments at every span boundary of ``events``."""
    covering: list[tuple[int, int, str, str]] = []
    cuts = {0, len(text)}
    for event in events:
        for start, end, role in _spans(event, len(text)):
            covering.append((start, end, event["event_id"], role))
            cuts.update((start, end))
    bounds = sorted(cuts)
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        marks = [(eid, role) for s, e, eid, role in covering if s <= start and end <= e]
        out.append(Segment(text=text[start:end], start=start, marks=marks))
    return out
