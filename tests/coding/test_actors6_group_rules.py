"""Syntactic rules of coding/groups.py on hand-built parses.

- ``party_sides``: "the parties" / "both parties" / "the three parties" name the sides of the
  dealings in question; "opposition parties", "the ruling party" do not.
- ``object_antecedent``: an object pronoun of a participial adjunct or of a coordinated verb
  with the main verb's subject refers to the main verb's object, when their number agrees.
"""

from __future__ import annotations

from multivector.coding.groups import object_antecedent, party_sides, shared_object


def test_the_parties_are_sides_political_parties_are_not(parse):
    # "The parties signed"
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("parties", 2, "nsubj", "NOUN", "NNS", "party"),
            ("signed", 2, "ROOT", "VERB", "VBD", "sign"),
        ]
    )
    assert party_sides(doc[1]) == 2
    # "the three parties agreed"
    doc = parse(
        [
            ("the", 2, "det", "DET", "DT"),
            ("three", 2, "nummod", "NUM", "CD"),
            ("parties", 3, "nsubj", "NOUN", "NNS", "party"),
            ("agreed", 3, "ROOT", "VERB", "VBD", "agree"),
        ]
    )
    assert party_sides(doc[2]) == 3
    # "both parties"
    doc = parse([("both", 1, "det", "DET", "DT"), ("parties", 1, "ROOT", "NOUN", "NNS", "party")])
    assert party_sides(doc[1]) == 2
    # "the opposition parties", "the party", "parties" (no determiner)
    doc = parse(
        [
            ("the", 2, "det", "DET", "DT"),
            ("opposition", 2, "compound", "NOUN", "NN"),
            ("parties", 2, "ROOT", "NOUN", "NNS", "party"),
        ]
    )
    assert party_sides(doc[2]) == 0
    doc = parse([("the", 1, "det", "DET", "DT"), ("party", 1, "ROOT", "NOUN", "NN", "party")])
    assert party_sides(doc[1]) == 0
    doc = parse([("parties", 0, "ROOT", "NOUN", "NNS", "party")])
    assert party_sides(doc[0]) == 0


def _index(tok) -> int | None:
    return None if tok is None else tok.i


def _adjunct(pronoun: str, obj: str, obj_tag: str):
    # "Police detained <obj>, accusing <pronoun> of smuggling"
    return [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("detained", 1, "ROOT", "VERB", "VBD", "detain"),
        (obj, 1, "dobj", "NOUN", obj_tag),
        (",", 1, "punct", "PUNCT", ","),
        ("accusing", 1, "advcl", "VERB", "VBG", "accuse"),
        (pronoun, 4, "dobj", "PRON", "PRP"),
        ("of", 4, "prep", "ADP", "IN"),
        ("smuggling", 6, "pobj", "NOUN", "NN"),
    ]


def test_an_adjunct_object_pronoun_is_the_main_object(parse):
    doc = parse(_adjunct("them", "sailors", "NNS"))
    assert _index(object_antecedent(doc[5])) == doc[2].i
    doc = parse(_adjunct("him", "captain", "NN"))
    assert _index(object_antecedent(doc[5])) == doc[2].i
    # number disagrees: "detained sailors, accusing him" is someone else
    doc = parse(_adjunct("him", "sailors", "NNS"))
    assert object_antecedent(doc[5]) is None


def test_a_coordinated_verb_shares_the_object_only_without_its_own_subject(parse):
    # "Guards arrested two men and questioned them"
    rows = [
        ("Guards", 1, "nsubj", "NOUN", "NNS", "guard"),
        ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
        ("two", 3, "nummod", "NUM", "CD"),
        ("men", 1, "dobj", "NOUN", "NNS", "man"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("questioned", 1, "conj", "VERB", "VBD", "question"),
        ("them", 5, "dobj", "PRON", "PRP"),
    ]
    doc = parse(rows)
    assert _index(object_antecedent(doc[6])) == doc[3].i
    # "Guards arrested two men and a court fined them": the conjunct has its own subject
    rows2 = rows[:5] + [
        ("a", 6, "det", "DET", "DT"),
        ("court", 7, "nsubj", "NOUN", "NN"),
        ("fined", 1, "conj", "VERB", "VBD", "fine"),
        ("them", 7, "dobj", "PRON", "PRP"),
    ]
    doc = parse(rows2)
    assert object_antecedent(doc[8]) is None


def test_a_coordinated_verb_without_subject_shares_the_main_object(parse):
    # "Guards seized two boats and arrested the crews" / "... and a court fined the crews"
    rows = [
        ("Guards", 1, "nsubj", "NOUN", "NNS", "guard"),
        ("seized", 1, "ROOT", "VERB", "VBD", "seize"),
        ("two", 3, "nummod", "NUM", "CD"),
        ("boats", 1, "dobj", "NOUN", "NNS", "boat"),
        ("and", 1, "cc", "CCONJ", "CC"),
        ("arrested", 1, "conj", "VERB", "VBD", "arrest"),
        ("crews", 5, "dobj", "NOUN", "NNS", "crew"),
    ]
    doc = parse(rows)
    assert _index(shared_object(doc[5])) == 3
    assert shared_object(doc[1]) is None  # the main verb itself
    rows2 = rows[:5] + [
        ("a", 6, "det", "DET", "DT"),
        ("court", 7, "nsubj", "NOUN", "NN"),
        ("fined", 1, "conj", "VERB", "VBD", "fine"),
        ("crews", 7, "dobj", "NOUN", "NNS", "crew"),
    ]
    assert shared_object(parse(rows2)[7]) is None
