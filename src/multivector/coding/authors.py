"""The organisation a document is named after ("a Security Council resolution", "the IAEA's
report"): an act on the document (vetoing, rejecting, defying it) is aimed at its author; and a
document that acts as a subject ("a report by the UN Group of Experts accused Rwanda") speaks
for the author its "by" phrase names.

The document nouns are ``author_nouns`` in ``lang/en/anaphora.yaml``; the author is an
organisation named as the noun's modifier, never a country ("a U.S.-drafted resolution" names
who drafted it, not whose decision it would be).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding import lang
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver
    from multivector.coding.state import DocumentState

AUTHOR_NOUNS = frozenset(str(w) for w in lang.load("anaphora.yaml").get("author_nouns") or ())


def named_author(
    noun: Token, phrases: PhraseResolver, state: DocumentState, when, exclude: set[str]
) -> list[Actor]:
    """The organisations a document noun names as its modifier ("a Security Council draft"),
    none when ``noun`` is no document noun or names no organisation."""
    if noun.lemma_.lower() not in AUTHOR_NOUNS:
        return []
    return [
        a
        for a in phrases.modifier_actors(noun, state, when, exclude, with_preps=False)
        if a.kind == "organization"
    ]


def author_by(noun: Token) -> Token | None:
    """The object of the "by" phrase of a document noun ("a report by the UN Group of
    Experts": "Group"), or None (no document noun, no such phrase)."""
    if noun.lemma_.lower() not in AUTHOR_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
