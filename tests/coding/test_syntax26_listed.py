"""syntax26: a listed verb phrase after a comma and an adverb ("ordered the troops out, then
swore in a new chief": "swore" a ``dep`` of "ordered") shares its head's subject."""

from __future__ import annotations

from multivector.coding.clause_syntax import listed_member, subject_of

# Arce ordered the troops out , then swore in a new chief .
ROWS = [
    ("Arce", 1, "nsubj", "PROPN", "NNP"),
    ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
    ("the", 3, "det", "DET", "DT"),
    ("troops", 1, "dobj", "NOUN", "NNS", "troop"),
    ("out", 1, "prt", "ADP", "RP"),
    (",", 1, "punct", "PUNCT", ","),
    ("then", 7, "advmod", "ADV", "RB"),
    ("swore", 1, "dep", "VERB", "VBD", "swear"),
    ("in", 7, "prt", "ADP", "RP"),
    ("a", 11, "det", "DET", "DT"),
    ("new", 11, "amod", "ADJ", "JJ"),
    ("chief", 7, "dobj", "NOUN", "NN"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_listed_verb_after_a_comma_and_an_adverb(parse):
    doc = parse(ROWS)
    assert listed_member(doc[7])
    assert subject_of(doc[7]) == (doc[0], False)


def test_an_adverb_with_no_comma_before_it_lists_nothing(parse):
    rows = list(ROWS)
    rows[5] = ("and", 1, "cc", "CCONJ", "CC")
    doc = parse(rows)
    assert not listed_member(doc[7])
