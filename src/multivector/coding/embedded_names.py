"""A capital's name inside a longer place name is not a mention of the capital.

Romance place names join their words with lowercase particles: "Mocimboa da Praia" is a port in
Mozambique, not Cape Verde's capital Praia; "San Jose del Guaviare" is a Colombian town, not
Costa Rica's capital. A capital matched right after "<Name> da" or right before "del <Name>"
(``name_particles`` in ``lang/en/words.yaml``) is part of such a name.

A capital right before a capitalised noun of a document, forum or body names that thing, not the
government: "the Paris Club", "the Algiers Agreement", "the Minsk Protocol"
(``capital_named_things``).

An organisation's name at the end of a longer role noun of a state is part of that noun: "the
National Security Council" is a government's council, not the UN's "Security Council"
(the multi-word agent nouns of ``actors/data/agents.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def inside_longer(
    doc: Doc,
    start: int,
    end: int,
    kinds: Sequence[str],
    agent_phrases: Mapping[str, Sequence[tuple[tuple[str, ...], str]]],
) -> bool:
    """Whether the mention ``doc[start:end]`` whose entries are of ``kinds`` is part of a longer
    name: a capital's (:func:`inside_longer_name`), or an organisation's at the end of a longer
    agent noun (``agent_phrases``: last word -> the words before it, as the lexicon keeps them)."""
    if all(k == "capital" for k in kinds):
        return inside_longer_name(doc, start, end)
    if not all(k == "organization" for k in kinds):
        return False
    size = end - start
    for before, _code in agent_phrases.get(doc[end - 1].lower_, ()):
        n = len(before) + 1
        if n > size and end - n >= 0:
            if tuple(t.lower_ for t in doc[end - n : end - 1]) == before:
                return True
    return False
