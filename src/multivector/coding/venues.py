"""Gatherings as venues: a prepositional phrase that names a gathering ("met on the sidelines of
the Shanghai Cooperation Organisation summit", "talked at the EU summit") says where an act took
place; the organisation that holds it is not the act's target (``gathering_nouns`` in
``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import grammar_words

GATHERING_NOUNS = frozenset(grammar_words()["gathering_nouns"])
VENUE_PREPS = frozenset(grammar_words()["venue_prepositions"])


def at_gathering(tokens: list[Token]) -> bool:
    """Whether a candidate target phrase is only objects of place prepositions ("on", "at")
    naming gatherings, or what such a gathering is "of" ("the sidelines of the OAS summit",
    which the parser may read as "the sidelines of the Organization"): not "called for a
    meeting of the Council", which asks the Council."""
    return bool(tokens) and all(in_venue(t) for t in tokens)


def in_venue(tok: Token) -> bool:
    """Whether ``tok`` names a gathering where an act took place, or what one is "of"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS:
        return False
    if tok.lemma_.lower() in GATHERING_NOUNS:
        return True
    holder = tok.head.head
    return tok.head.lower_ == "of" and holder is not tok.head and holder.lemma_.lower() in (
        GATHERING_NOUNS
    ) and in_venue(holder)
