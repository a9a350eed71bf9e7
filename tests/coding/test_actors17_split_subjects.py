"""actors17: a coordination of subjects the parser split in two ("he and Prime Minister X
sign", both halves subjects of the verb, "and" left on the first) keeps both signers.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.syntax import split_subjects


def test_split_subjects_joins_the_halves(parse):
    doc = parse([
        ("he", 4, "nsubj", "PRON", "PRP"),
        ("and", 0, "cc", "CCONJ", "CC"),
        ("Minister", 3, "compound", "PROPN", "NNP"),
        ("Modi", 4, "nsubj", "PROPN", "NNP"),
        ("sign", 4, "ROOT", "VERB", "VBP"),
        ("a", 6, "det", "DET", "DT"),
        ("pact", 4, "dobj", "NOUN", "NN"),
    ])
    assert [t.text for t in split_subjects(doc[3])] == ["he", "Modi"]
    assert [t.text for t in split_subjects(doc[0])] == ["he", "Modi"]
    assert split_subjects(doc[6]) == [doc[6]]


def test_a_time_stamp_and_a_subject_are_no_pair(parse):
    doc = parse([
        ("GMT", 2, "nsubj", "PROPN", "NNP"),
        ("ministry", 2, "nsubj", "NOUN", "NN"),
        ("said", 2, "ROOT", "VERB", "VBD"),
    ])
    assert split_subjects(doc[1]) == [doc[1]]


@pytest.mark.slow
def test_he_and_the_prime_minister_sign(rules_coder):
    text = (
        "President Bill Clinton paid the first visit to India by a US president in twenty-two "
        "years. On 21 March he and Prime Minister Atal Bihari Vajpayee sign a vision statement "
        "on relations for the new century."
    )
    triples = event_triples(rules_coder, text, date="2000-03-21")
    assert any(c == "057" and {s, t} == {"USAGOV", "INDGOV"} for s, t, c in triples), triples
