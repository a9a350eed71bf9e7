"""A people the text gives no country, acted on by an actor that has one, is that actor's own
("Vietnamese police arrested more than 400 people", "Caracas freed five political prisoners",
"he urged citizens to stay calm"); and a group with no country that uses force on a named side
is of that side's country ("gunmen killed five Malian soldiers"): the reading of acts at home,
taken only where the generic-actor stage (coding/generic.py) found no place, owner or focus
for the group. The agent codes read this way are policy data (``own_people_agents`` in
``ontology/data/generic_actors.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from multivector.coding.verifier.sources import NO_SOURCE
from multivector.model import Actor

OWN_PEOPLE = "own-people"  # how the group's country was found, in its provenance

Pair = tuple[Actor, Actor | None]


def own_people(
    pairs: list[Pair], agents: Iterable[str], code: str, source_roots: Iterable[str]
) -> list[Pair]:
    """``pairs`` with each countryless target of ``agents`` (``CVL``, ``REB`` ...) given its
    source's country, and, in ``source_roots`` (force), each countryless source of ``agents``
    given its target's."""
    kinds = frozenset(agents)
    pairs = [(s, _homed(t, s) if _homeless(t, kinds) and _placed(s) else t) for s, t in pairs]
    if code[:2] not in frozenset(source_roots):
        return pairs
    return [(_homed(s, t) if _homeless(s, kinds) and _placed(t) else s, t) for s, t in pairs]


def _homeless(actor: Actor | None, kinds: frozenset[str]) -> bool:
    return actor is not None and actor.country is None and actor.kind == "agent" and actor.code in kinds


def _placed(actor: Actor | None) -> bool:
    return actor is not None and actor.code != NO_SOURCE and bool(actor.country)


def _homed(group: Actor, other: Actor | None) -> Actor:
    """``group`` as one of ``other``'s country (:func:`_placed` made sure it has one)."""
    country = other.country or "" if other is not None else ""
    return replace(group, code=country + group.code, country=country, resolved_by=OWN_PEOPLE)
