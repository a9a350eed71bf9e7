"""syntax26: a past verb the parser read as a modifier of its object, in a sentence left with
no verb root ("Kenya's minister, Jane Doe, hosted talks ...": "hosted" an ``amod`` of "talks",
the root "minister"). Its subject is the root noun before it (or the name hung on the object
before it), its object the noun it was said to modify (coding/modifier_verbs.py)."""

from __future__ import annotations

from multivector.coding.clause_syntax import subject_of
from multivector.coding.modifier_verbs import modifier_subject
from multivector.coding.syntax import direct_objects

# Kenya 's minister , Jane Doe , hosted talks with Somalia .
ROWS = [
    ("Kenya", 2, "poss", "PROPN", "NNP"),
    ("'s", 0, "case", "PART", "POS"),
    ("minister", 2, "ROOT", "NOUN", "NN"),
    (",", 2, "punct", "PUNCT", ","),
    ("Jane", 5, "compound", "PROPN", "NNP"),
    ("Doe", 2, "appos", "PROPN", "NNP"),
    (",", 2, "punct", "PUNCT", ","),
    ("hosted", 8, "amod", "VERB", "VBN", "host"),
    ("talks", 2, "appos", "NOUN", "NNS", "talk"),
    ("with", 8, "prep", "ADP", "IN"),
    ("Somalia", 9, "pobj", "PROPN", "NNP"),
    (".", 2, "punct", "PUNCT", "."),
]


def test_the_root_noun_is_the_subject_and_the_modified_noun_the_object(parse):
    doc = parse(ROWS)
    assert modifier_subject(doc[7]) == doc[2]
    assert subject_of(doc[7]) == (doc[2], False)
    assert direct_objects(doc[7]) == [doc[8]]


def test_a_name_hung_on_the_object_before_the_verb(parse):
    # MIT hosted negotiators in Ankara .  (the object is the root)
    rows = [
        ("MIT", 2, "npadvmod", "PROPN", "NNP"),
        ("hosted", 2, "amod", "VERB", "VBN", "host"),
        ("negotiators", 2, "ROOT", "NOUN", "NNS", "negotiator"),
        ("in", 2, "prep", "ADP", "IN"),
        ("Ankara", 3, "pobj", "PROPN", "NNP"),
        (".", 2, "punct", "PUNCT", "."),
    ]
    doc = parse(rows)
    assert subject_of(doc[1]) == (doc[0], False)
    assert direct_objects(doc[1]) == [doc[2]]


def test_a_participle_inside_a_noun_phrase_is_no_predicate(parse):
    # Its history has seen repeated cycles ... parsed with no verb root: "the repeated cycles"
    rows = [
        ("A", 1, "det", "DET", "DT"),
        ("history", 1, "ROOT", "NOUN", "NN"),
        ("of", 1, "prep", "ADP", "IN"),
        ("the", 5, "det", "DET", "DT"),
        ("repeated", 5, "amod", "VERB", "VBN", "repeat"),
        ("cycles", 2, "pobj", "NOUN", "NNS", "cycle"),
    ]
    doc = parse(rows)
    assert modifier_subject(doc[4]) is None


def test_a_hyphened_participle_is_an_adjective(parse):
    # The army - backed government , officials ...
    rows = [
        ("Officials", 0, "ROOT", "NOUN", "NNS", "official"),
        ("army", 3, "npadvmod", "NOUN", "NN"),
        ("-", 3, "punct", "PUNCT", "HYPH"),
        ("backed", 4, "amod", "VERB", "VBN", "back"),
        ("groups", 0, "appos", "NOUN", "NNS", "group"),
    ]
    doc = parse(rows)
    assert modifier_subject(doc[3]) is None


def test_a_sentence_with_a_verb_root_is_left_alone(parse):
    # Soldiers seized vehicles : a verb root ("seized" is no amod here, and no rule applies)
    rows = [
        ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
        ("broke", 1, "ROOT", "VERB", "VBD", "break"),
        ("in", 1, "prt", "ADP", "RP"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("seized", 5, "amod", "VERB", "VBN", "seize"),
        ("vehicles", 1, "conj", "NOUN", "NNS", "vehicle"),
    ]
    doc = parse(rows)
    assert modifier_subject(doc[4]) is None
