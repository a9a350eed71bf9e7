"""actors17: a style of address ("His Highness", "Her Excellency") stands for the person named
in apposition after it, not for the ruler last spoken of. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.titles import styled_person


@pytest.mark.slow
def test_his_highness_is_the_emir_named_after_it(rules_coder):
    text = (
        "King Salman welcomed Sheikh Tamim bin Hamad on Monday. \"I thank His Highness the Emir "
        "of Kuwait for his mediation,\" King Salman said."
    )
    triples = event_triples(rules_coder, text)
    assert ("SAUGOV", "KWTGOV", "051") in triples, triples
    assert not any(c == "051" and t.startswith("QAT") for _s, t, c in triples)


@pytest.mark.slow
def test_the_style_with_a_name_after_the_title(rules_coder):
    text = (
        "King Salman welcomed Sheikh Tamim bin Hamad on Monday. \"I thank His Highness the Emir "
        "of Kuwait, Sheikh Nawaf, for his mediation,\" King Salman said."
    )
    assert ("SAUGOV", "KWTGOV", "051") in event_triples(rules_coder, text)


def test_a_style_gives_its_appositions_and_a_plain_noun_none(parse):
    doc = parse([
        ("thanked", 0, "ROOT", "VERB", "VBD"),
        ("His", 2, "poss", "PRON", "PRP$"),
        ("Highness", 0, "dobj", "PROPN", "NNP"),
        ("the", 4, "det", "DET", "DT"),
        ("Emir", 2, "appos", "PROPN", "NNP"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("minister", 2, "conj", "NOUN", "NN"),
    ])
    assert [t.text for t in styled_person(doc[2])] == ["Emir"]
    assert styled_person(doc[6]) == []
