"""merge25: a subject the parser read as the object of a fronted date phrase ("On 5 June 2017
Saudi Arabia and Egypt cut ties", the whole list under "On") is the verb's subject, and that
phrase is no argument of the verb (coding/fronted.py ``swallowed_subject``). Hand-built parses.
"""

from __future__ import annotations

from multivector.coding.clause_syntax import subject_of
from multivector.coding.fronted import swallowed_subject
from multivector.coding.syntax import prepositions

# On 5 June 2017 Egypt and Bahrain cut ties with Qatar .
ROWS = [
    ("On", 7, "prep", "ADP", "IN"),
    ("5", 2, "nummod", "NUM", "CD"),
    ("June", 4, "npadvmod", "PROPN", "NNP"),
    ("2017", 2, "nummod", "NUM", "CD"),
    ("Egypt", 0, "pobj", "PROPN", "NNP"),
    ("and", 4, "cc", "CCONJ", "CC"),
    ("Bahrain", 4, "conj", "PROPN", "NNP"),
    ("cut", 7, "ROOT", "VERB", "VBD"),
    ("ties", 7, "dobj", "NOUN", "NNS"),
    ("with", 8, "prep", "ADP", "IN"),
    ("Qatar", 9, "pobj", "PROPN", "NNP"),
    (".", 7, "punct", "PUNCT", "."),
]
ENTS = ["O", "B-DATE", "I-DATE", "I-DATE", "B-GPE", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]


def test_the_name_ending_a_fronted_date_phrase_is_the_subject(parse):
    doc = parse(ROWS, ENTS)
    assert swallowed_subject(doc[7]).text == "Egypt"
    assert subject_of(doc[7]) == (doc[4], False)
    assert "on" not in prepositions(doc[7], [doc[8]])
    assert prepositions(doc[7], [doc[8]])["with"].i == 9


def test_a_phrase_with_no_date_holds_no_subject(parse):
    # In Egypt officials cut ties with Qatar . (misparsed: "officials" no subject, no date)
    rows = [
        ("In", 3, "prep", "ADP", "IN"),
        ("Egypt", 0, "pobj", "PROPN", "NNP"),
        ("officials", 1, "appos", "NOUN", "NNS"),
        ("cut", 3, "ROOT", "VERB", "VBD"),
        ("ties", 3, "dobj", "NOUN", "NNS"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    doc = parse(rows, ["O", "B-GPE", "O", "O", "O", "O"])
    assert swallowed_subject(doc[3]) is None


def test_a_verb_with_its_own_subject_keeps_it(parse):
    rows = list(ROWS)
    rows[4] = ("Egypt", 7, "nsubj", "PROPN", "NNP")
    doc = parse(rows, ENTS)
    assert swallowed_subject(doc[7]) is None
    assert subject_of(doc[7]) == (doc[4], False)
