"""Two coordinated prepositions sharing one object ("flights to and from Panama"), on a
hand-built parse. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from multivector.coding.argument_syntax import repeated_preposition_objects

VOCAB = spacy.blank("en").vocab


def _flights(second: str) -> Doc:
    """"Caracas suspended flights to and <second> Panama and Aruba"."""
    words = ["Caracas", "suspended", "flights", "to", "and", second, "Panama", "and", "Aruba"]
    heads = [1, 1, 1, 2, 3, 3, 5, 6, 6]
    deps = ["nsubj", "ROOT", "dobj", "prep", "cc", "conj", "pobj", "cc", "conj"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "CCONJ", "ADP", "PROPN", "CCONJ", "PROPN"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_a_preposition_with_no_object_shares_its_conjuncts():
    doc = _flights("from")
    assert [t.text for t in repeated_preposition_objects(doc[3])] == ["Panama"]


def test_a_preposition_with_its_own_object_keeps_it():
    words = ["flights", "to", "Lima", "and", "from", "Panama"]
    heads = [0, 0, 1, 1, 1, 4]
    deps = ["ROOT", "prep", "pobj", "cc", "conj", "pobj"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in repeated_preposition_objects(doc[1])] == ["Lima"]
