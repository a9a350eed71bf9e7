"""syntax51: a time phrase the parser hung under a verb's object or predicate ("called the
minister deranged on Friday") introduces no argument, as one under the verb itself does not;
a deadline ("until Friday") still does. Documents are written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from multivector.coding.syntax import prepositions


def _doc(prep: str) -> Doc:
    #        0        1         2      3          4         5     6
    words = ["Seoul", "called", "the", "minister", "reckless", prep, "Friday"]
    return Doc(
        spacy.blank("en").vocab,  # with its lexical attributes (lower case)
        words=words,
        heads=[1, 1, 3, 1, 1, 4, 5],
        deps=["nsubj", "ROOT", "det", "dobj", "oprd", "prep", "pobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "ADP", "PROPN"],
        tags=["NNP", "VBD", "DT", "NN", "JJ", "IN", "NNP"],
        lemmas=["Seoul", "call", "the", "minister", "reckless", prep, "Friday"],
        ents=["B-GPE", "O", "O", "O", "O", "O", "B-DATE"],
    )


def test_a_time_phrase_under_an_object_is_no_argument():
    doc = _doc("on")
    assert "on" not in prepositions(doc[1], [doc[3], doc[4]])


def test_a_deadline_under_an_object_still_is():
    doc = _doc("until")
    assert "until" in prepositions(doc[1], [doc[3], doc[4]])
