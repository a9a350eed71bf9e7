"""Session 53: the apposition after a fronted place is the subject also where the parser made
the preposition the sentence's root and the verb a clause of the apposition ("In Lusaka, the
foreign minister, Vernon Mwaanga, called ...": "In" the root, "called" an ``acl`` of
"minister"). A hand-built parse reproducing the small English model's reading."""

from __future__ import annotations

from multivector.coding.clause_syntax import subject_of
from multivector.coding.fronted import apposed_subject

ROWS = [
    ("In", 0, "ROOT", "ADP", "IN"),
    ("Lusaka", 0, "pobj", "PROPN", "NNP"),
    (",", 1, "punct", "PUNCT", ","),
    ("the", 5, "det", "DET", "DT"),
    ("foreign", 5, "amod", "ADJ", "JJ"),
    ("minister", 1, "appos", "NOUN", "NN"),
    (",", 5, "punct", "PUNCT", ","),
    ("Vernon", 8, "compound", "PROPN", "NNP"),
    ("Mwaanga", 5, "appos", "PROPN", "NNP"),
    (",", 5, "punct", "PUNCT", ","),
    ("called", 5, "acl", "VERB", "VBD", "call"),
    ("the", 12, "det", "DET", "DT"),
    ("raid", 10, "dobj", "NOUN", "NN"),
    ("a", 15, "det", "DET", "DT"),
    ("hostile", 15, "amod", "ADJ", "JJ"),
    ("act", 10, "oprd", "NOUN", "NN"),
    (".", 0, "punct", "PUNCT", "."),
]
ENTS = ["O", "B-GPE"] + ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 8


def test_the_apposition_of_a_rooted_fronted_place_is_the_subject(parse):
    doc = parse(ROWS, ENTS)
    assert apposed_subject(doc[10]) == doc[5]
    assert subject_of(doc[10]) == (doc[5], False)


def test_no_subject_is_taken_from_a_place_that_is_not_fronted(parse):
    rows = [("They", 1, "nsubj", "PRON", "PRP"), ("met", 1, "ROOT", "VERB", "VBD", "meet")]
    # They met . In Lusaka , ... : the place phrase is the verb's, and "In" no root
    rows += [(w, h + 2, d, p, t, *rest) for w, h, d, p, t, *rest in ROWS[:-1]]
    rows[2] = ("In", 1, "prep", "ADP", "IN")
    rows.append((".", 1, "punct", "PUNCT", "."))
    doc = parse(rows, ["O", "O"] + ENTS)
    assert apposed_subject(doc[12]) is None
