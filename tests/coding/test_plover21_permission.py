"""plover21: the one a verb of permission lets in is its object ("allowed aid agencies to enter
Darfur"), although the parser makes them the subject of the complement clause; the clause is the
verb's "to" (patterns such as "allow &AID_AGENCY to"). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.syntax import direct_objects, permitted, prepositions

# "The government allowed agencies to enter Darfur ." as the parser reads it
ALLOWED = [
    ("The", 1, "det", "DET", "DT"),
    ("government", 2, "nsubj", "NOUN", "NN"),
    ("allowed", 2, "ROOT", "VERB", "VBD", "allow"),
    ("agencies", 5, "nsubj", "NOUN", "NNS", "agency"),
    ("to", 5, "aux", "PART", "TO"),
    ("enter", 2, "ccomp", "VERB", "VB"),
    ("Darfur", 5, "dobj", "PROPN", "NNP"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_the_one_let_in_is_the_object_and_the_clause_its_to(parse):
    doc = parse(ALLOWED)
    assert permitted(doc[2]) == (doc[3], doc[5])
    assert direct_objects(doc[2]) == [doc[3]]
    assert prepositions(doc[2], [doc[3]])["to"] == doc[5]


def test_a_verb_not_of_permission_keeps_its_clause(parse):
    rows = [r if r[0] != "allowed" else ("said", 2, "ROOT", "VERB", "VBD", "say") for r in ALLOWED]
    doc = parse(rows)
    assert permitted(doc[2]) is None
    assert direct_objects(doc[2]) == []


def test_a_finite_clause_is_not_a_permission(parse):
    # "allowed that agencies entered": no infinitive
    rows = [
        ("The", 1, "det", "DET", "DT"),
        ("government", 2, "nsubj", "NOUN", "NN"),
        ("allowed", 2, "ROOT", "VERB", "VBD", "allow"),
        ("that", 5, "mark", "SCONJ", "IN"),
        ("agencies", 5, "nsubj", "NOUN", "NNS", "agency"),
        ("entered", 2, "ccomp", "VERB", "VBD", "enter"),
        ("Darfur", 5, "dobj", "PROPN", "NNP"),
    ]
    doc = parse(rows)
    assert permitted(doc[2]) is None


@pytest.mark.slow
def test_letting_aid_agencies_in_is_humanitarian_access(rules_coder):
    text = "The Ethiopian government allowed aid agencies to enter Tigray on Tuesday."
    triples = event_triples(rules_coder, text, date="2022-11-15")
    assert any(s.startswith("ETH") and c == "0863" for s, _t, c in triples), triples


@pytest.mark.slow
def test_letting_the_opposition_hold_a_rally_eases_restrictions(rules_coder):
    text = "The Kenyan government allowed opposition leaders to hold a rally in Nairobi."
    triples = event_triples(rules_coder, text, date="2008-01-20")
    assert any(s.startswith("KEN") and c == "0811" for s, _t, c in triples), triples
