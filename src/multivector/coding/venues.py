"""Gatherings as venues: a prepositional phrase that names a gathering ("met on the sidelines of
the Shanghai Cooperation Organisation summit", "talked at the EU summit") says where an act took
place; the organisation that holds it is not the act's target (``gathering_nouns`` in
``lang/en/grammar.yaml``). For a meeting or an act of diplomatic cooperation (policy
``venue_roots``) a site ("on the White House lawn", ``venue_site_nouns``) and a place named
inside the partner's phrase ("talks with X in London") are venues too.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.argument_syntax import not_located
from multivector.coding.syntax import grammar_words
from multivector.model import Actor

GATHERING_NOUNS = frozenset(grammar_words()["gathering_nouns"])
VENUE_PREPS = frozenset(grammar_words()["venue_prepositions"])
SITE_NOUNS = frozenset(grammar_words()["venue_site_nouns"])


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


def at_venue(tokens: list[Token], meeting: bool) -> bool:
    """:func:`at_gathering`, or for a ``meeting`` a phrase that only names sites it took place
    at ("signed the treaty on the White House lawn": not the White House's)."""
    if at_gathering(tokens):
        return True
    return meeting and bool(tokens) and all(
        t.dep_ == "pobj" and t.head.lower_ in VENUE_PREPS and t.lemma_.lower() in SITE_NOUNS
        for t in tokens
    )


def without_venues(found: list[Actor], tok: Token, meeting: bool) -> list[Actor]:
    """The actors ``found`` in the phrase of ``tok``; for a ``meeting`` without those named
    only as where it was ("held talks with X in London", "an agreement on a cessation of
    hostilities in Pretoria": a place is no party to a meeting)."""
    return not_located(found, tok) if meeting else found
