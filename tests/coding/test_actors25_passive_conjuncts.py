"""actors25: the patient of a passive conjunct of an active verb ("The minister arrived and was
met by officials": the minister), on hand-built parses. Sentences are written for these tests."""

from __future__ import annotations

from multivector.coding.coordinated import passive_conjunct_patient


def test_passive_conjunct_shares_the_active_verbs_subject(parse):
    doc = parse([
        ("The", 1, "det", "DET", "DT"),
        ("minister", 2, "nsubj", "NOUN", "NN"),
        ("arrived", 2, "ROOT", "VERB", "VBD"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("was", 5, "auxpass", "AUX", "VBD"),
        ("met", 2, "conj", "VERB", "VBN"),
        ("by", 5, "agent", "ADP", "IN"),
        ("officials", 6, "pobj", "NOUN", "NNS"),
    ])
    assert [t.text for t in passive_conjunct_patient(doc[5])] == ["minister"]


def test_active_conjunct_and_own_subject_have_no_shared_patient(parse):
    doc = parse([
        ("The", 1, "det", "DET", "DT"),
        ("minister", 2, "nsubj", "NOUN", "NN"),
        ("arrived", 2, "ROOT", "VERB", "VBD"),
        ("and", 2, "cc", "CCONJ", "CC"),
        ("met", 2, "conj", "VERB", "VBD"),
        ("officials", 4, "dobj", "NOUN", "NNS"),
    ])
    assert passive_conjunct_patient(doc[4]) == []
    assert passive_conjunct_patient(doc[2]) == []
