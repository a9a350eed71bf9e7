"""Gapped subjects: "Germany expelled two diplomats, France three and Poland four". Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.gapped import gapped_subjects
from multivector.coding.syntax import coordinated, direct_objects
from multivector.coding.token_index import token_index

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def _expelled(third: str, number_first: bool) -> Doc:
    """"Germany expelled two diplomats , France three and Poland four" as spaCy parses it (the
    gapped subjects hang on the object as an apposition); with ``number_first`` the
    apposition's number comes before it ("two diplomats, three Egyptians")."""
    if number_first:
        words = ["Germany", "expelled", "two", "diplomats", ",", "three", third]
        heads = [1, 1, 3, 1, 3, 6, 3]
        deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "nummod", "appos"]
        pos = ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "NUM", "PROPN"]
        return _doc(words, heads, deps, pos)
    words = ["Germany", "expelled", "two", "diplomats", ",", third, "three", "and", "Poland", "four"]
    heads = [1, 1, 3, 1, 3, 3, 5, 5, 5, 8]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "appos", "nummod", "cc", "conj", "nummod"]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "NUM", "CCONJ", "PROPN", "NUM"]
    return _doc(words, heads, deps, pos)


def test_counted_names_after_a_counted_object_are_subjects_not_objects():
    doc = _expelled("France", number_first=False)
    assert [doc[i].text for i in gapped_subjects(token_index(doc), 1)] == ["France", "Poland"]
    assert [t.text for t in coordinated(doc[0])] == ["Germany", "France", "Poland"]
    assert [t.text for t in direct_objects(doc[1])] == ["diplomats"]


def test_a_number_before_the_name_counts_people_of_the_object():
    doc = _expelled("Egyptians", number_first=True)
    assert gapped_subjects(token_index(doc), 1) == []
    assert [t.text for t in coordinated(doc[0])] == ["Germany"]
    assert "Egyptians" in [t.text for t in direct_objects(doc[1])]


@pytest.mark.slow
def test_each_gapped_country_expels_too(rules_coder):
    text = (
        "Britain blamed Russia for the poisoning. Germany expelled four Russian diplomats, "
        "Canada three and Ukraine 13."
    )
    sources = {s[:3] for s, t, c in event_triples(rules_coder, text) if c.startswith("16")}
    assert sources >= {"DEU", "CAN", "UKR"}
