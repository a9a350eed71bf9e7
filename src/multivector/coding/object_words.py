"""A verb's direct objects as its patterns' word classes read them, worked out once per verb.

A verb can have hundreds of patterns: what each object stands for (the kind of aid a sum is
given in, what a quantity noun or number counts) is the same for all of them, so it is read
once per :func:`~multivector.coding.predicates.match_patterns` call and each word class is
then a test of those few tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.sums import sum_kind
from multivector.coding.syntax import lemma_in, words

QUANTITY_NOUNS = words("quantity_nouns")


class ObjectWords:
    """``objects`` read for word classes: each one's kind (:func:`sum_kind`: "$1.3 billion in
    military aid" is aid), and what the quantity nouns or numbers among them count, in order
    ("held several rounds of talks", "took back 40 of its nationals")."""

    __slots__ = ("kinds", "counted")

    def __init__(self, objects: list[Token]) -> None:
        self.kinds = [sum_kind(o) for o in objects]
        self.counted = [
            p
            for o in self.kinds
            if o.lemma_.lower() in QUANTITY_NOUNS or o.pos_ == "NUM"  # "40 of its nationals"
            for prep in o.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]

    def among(self, accepted: frozenset[str]) -> list[Token]:
        """The objects whose lemma is ``accepted``; failing that, what the quantities count."""
        found = [o for o in self.kinds if lemma_in(o, accepted)]
        if found:
            return found
        return [p for p in self.counted if lemma_in(p, accepted, entities=False)]
