"""The words that may name where a sentence's act happens, for an actor with no country of its
own ("crowds marched through the centre of Tripoli"): the objects of a place preposition
(``place_prepositions``) or of a preposition of a scene (``scene_prepositions`` in
``lang/en/grammar.yaml``: "through", "outside"), their conjuncts ("in Brussels and Liege") and
the place of their "of" phrase ("in the streets of Tashkent"). A possessor ("in Bamako's
Independence Square") is not one: tried, it took more places that were no scene than it found."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.token_index import token_index

SCENE_PREPS = frozenset(lang.words("scene_prepositions"))


def scene_words(doc: Doc, start: int, end: int, place_preps: Iterable[str]) -> Iterator[Token]:
    """The candidate place words of tokens ``start``-``end`` of ``doc``, in the order of the
    text: each preposition object, then its conjuncts and its "of" object."""
    ix = token_index(doc)
    preps = SCENE_PREPS | frozenset(place_preps)
    for i in range(start, end):
        if ix.dep[i] != "pobj" or ix.lower[ix.head[i]] not in preps:
            continue
        t = doc[i]
        yield t
        yield from (c for c in t.children if c.dep_ == "conj")
        yield from (
            g
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        )
