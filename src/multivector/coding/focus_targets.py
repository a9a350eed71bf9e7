"""The story's other party: an act that names no target, by an actor of another country than
the one the text is about (its focus, coding/generic.py), is aimed at that country ("Belgium
and the Netherlands have suspended part of their aid" in a story on Burundi; "the World Food
Programme suspended food distributions" in one on Congo). An act of the focus country's own
actors keeps no target, as does one whose doer is not known; a text with no focus changes
nothing.
"""

from __future__ import annotations

from multivector.coding.actors import country_actor
from multivector.coding.verifier.sources import NO_SOURCE
from multivector.model import Actor

FOCUS_TARGET = "focus:target"  # how the target was found, in the actor's provenance

Pair = tuple[Actor, Actor | None]


def focus_targets(pairs: list[Pair], focus: str | None) -> list[Pair]:
    """``pairs`` with the focus country as the target of an outsider's act that has none."""
    if not focus:
        return pairs
    return [
        (s, country_actor(focus, FOCUS_TARGET) if t is None and _outsider(s, focus) else t)
        for s, t in pairs
    ]


def _outsider(source: Actor, focus: str) -> bool:
    return source.code != NO_SOURCE and source.country != focus
