"""Destinations: a delivery with no actor target (aid, supplies, promised help) is aimed at the
country of the place it is sent to or meant for ("sent food to transit centres in Gisenyi":
Rwanda; "flew medical supplies for Gaza to El Arish": Gaza's, the place it is for, before the
airport it lands at). The prepositions are ``destination_prepositions`` in
``lang/en/grammar.yaml``, the roots the policy's ``destination_target_roots``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from multivector.coding.actors import Mention
from multivector.coding.generic import GenericActors, Located
from multivector.coding.syntax import grammar_words

DESTINATION_PREPS = tuple(grammar_words()["destination_prepositions"])


def _phrases(v: Token, objects: Iterable[Token]) -> list[Token]:
    """The prepositions of destination on ``v`` and on its objects, in the order of the word
    list (the place a delivery is for before the one it is sent to), then in text order."""
    preps = [p for h in (v, *objects) for p in h.children if p.dep_ == "prep"]
    return sorted(
        (p for p in preps if p.lower_ in DESTINATION_PREPS),
        key=lambda p: (DESTINATION_PREPS.index(p.lower_), p.i),
    )


def destination(
    v: Token, objects: Iterable[Token], generic: GenericActors, mentions: Mapping[int, Mention]
) -> Located | None:
    """The place a delivery by ``v`` is sent to or meant for: the object of a preposition of
    destination when it is a place, else a place in that object's own phrase ("to transit
    centres in Gisenyi"); None when no such place is named."""
    for prep in _phrases(v, objects):
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            found = generic.place_at(p, mentions) or generic.own_place(p, mentions)
            if found is not None and found.country:
                return found
    return None
