"""A capital's name inside a longer place name is not a mention of the capital.

Romance place names join their words with lowercase particles: "Mocimboa da Praia" is a port in
Mozambique, not Cape Verde's capital Praia; "San Jose del Guaviare" is a Colombian town, not
Costa Rica's capital. A capital matched right after "<Name> da" or right before "del <Name>"
(``name_particles`` in ``lang/en/words.yaml``) is part of such a name.

A capital right before a capitalised noun of a document, forum or body names that thing, not the
government: "the Paris Club", "the Algiers Agreement", "the Minsk Protocol"
(``capital_named_things``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from multivector.coding import lang

NAME_PARTICLES = lang.words("name_particles")
NAMED_THINGS = lang.words("capital_named_things")


def inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` continues or begins a longer name joined by a particle."""
    if start >= 2:
        particle, word = doc[start - 1], doc[start - 2]
        if particle.text in NAME_PARTICLES and word.text[:1].isupper():
            return True
    if end + 1 < len(doc):
        particle, word = doc[end], doc[end + 1]
        if particle.text in NAME_PARTICLES and word.text[:1].isupper():
            return True
    return names_a_thing(doc, end)


def names_a_thing(doc: Doc, end: int) -> bool:
    """Whether the token after a capital ending at ``end`` makes it a document's or forum's name."""
    if end >= len(doc):
        return False
    word = doc[end]
    return word.text[:1].isupper() and word.text.lower() in NAMED_THINGS
