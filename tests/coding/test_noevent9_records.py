"""A record ("the first state to recognise X") whose infinitive the parser hung on the copula.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import record_clause, subject_of


@pytest.fixture(scope="module")
def modality():
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality

    return Modality.load(bundled_path("modality.yaml"))


def _copula_infinitive(parse, adjective: str, copula: str = "became", lemma: str = "become"):
    # "Peru <copula> the <adjective> country to recognise Kosovo", "to recognise" an xcomp of
    # the copula beside its attribute
    return parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            (copula, 1, "ROOT", "VERB", "VBD", lemma),
            ("the", 4, "det", "DET", "DT"),
            (adjective, 4, "amod", "ADJ", "JJ"),
            ("country", 1, "attr", "NOUN", "NN"),
            ("to", 6, "aux", "PART", "TO"),
            ("recognise", 1, "xcomp", "VERB", "VB"),
            ("Kosovo", 6, "dobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.parametrize("adjective", ["first", "only", "last"])
def test_an_infinitive_beside_a_record_attribute_is_done(parse, modality, adjective):
    from multivector.coding.modality import modality_status

    doc = _copula_infinitive(parse, adjective)
    assert record_clause(doc[6]).text == "became"
    assert subject_of(doc[6])[0].text == "Peru"
    assert modality_status(doc[6], modality) == "realis"


def test_an_infinitive_beside_an_ordinary_attribute_is_not_a_record(parse, modality):
    from multivector.coding.modality import modality_status

    doc = _copula_infinitive(parse, "new")  # "Peru became the new country to recognise ..."
    assert record_clause(doc[6]) is None
    assert modality_status(doc[6], modality) != "realis"


def test_an_infinitive_under_another_governor_is_not_a_record(parse, modality):
    from multivector.coding.modality import modality_status

    # "Peru wanted the first country to recognise Kosovo": no copula, no record
    doc = _copula_infinitive(parse, "first", "wanted", "want")
    assert record_clause(doc[6]) is None
    assert modality_status(doc[6], modality) != "realis"


def test_the_record_is_coded_end_to_end(rules_coder):
    events = rules_coder.code_text(
        "Iceland became the first country to recognise Croatia's independence in 1991.",
        "1991-12-30",
    )
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [("ISL", "HRV", "054")]
