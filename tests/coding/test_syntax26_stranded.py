"""syntax26: a main verb stranded as a clause of its subject after a participle set off by
commas ("The Resistance, known as Renamo, denied ...": the root "Resistance", "denied" an
``acl`` of it), like one after a relative clause or an apposition (coding/stranded.py)."""

from __future__ import annotations

from multivector.coding.clause_syntax import subject_of
from multivector.coding.stranded import stranded_subject

# The Front , known as Frelimo , denied the report .
ROWS = [
    ("The", 1, "det", "DET", "DT"),
    ("Front", 1, "ROOT", "PROPN", "NNP"),
    (",", 1, "punct", "PUNCT", ","),
    ("known", 1, "acl", "VERB", "VBN", "know"),
    ("as", 3, "prep", "ADP", "IN"),
    ("Frelimo", 4, "pobj", "PROPN", "NNP"),
    (",", 1, "punct", "PUNCT", ","),
    ("denied", 1, "acl", "VERB", "VBD", "deny"),
    ("the", 9, "det", "DET", "DT"),
    ("report", 7, "dobj", "NOUN", "NN"),
    (".", 1, "punct", "PUNCT", "."),
]


def test_a_verb_after_a_set_off_participle_has_the_root_as_subject(parse):
    doc = parse(ROWS)
    assert stranded_subject(doc[7]) == doc[1]
    assert subject_of(doc[7]) == (doc[1], False)


def test_a_participle_not_set_off_strands_nothing(parse):
    rows = list(ROWS)
    rows[2] = ("also", 3, "advmod", "ADV", "RB")  # The Front also known as Frelimo , denied
    # tagged a participle: a finite verb hung on the root noun is its predicate anyway (syntax51)
    rows[7] = ("denied", 1, "acl", "VERB", "VBN", "deny")
    doc = parse(rows)
    assert stranded_subject(doc[7]) is None
