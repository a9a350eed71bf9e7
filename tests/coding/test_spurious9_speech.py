"""Attribution lines are not obligations: "have been moved to camps, officials said"."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality, obligation_pattern


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


def test_a_perfect_tense_with_a_to_phrase_is_no_obligation(parse, modality):
    # "Refugees have been taken to schools, aid workers said."
    doc = parse(
        [
            ("Refugees", 3, "nsubjpass", "NOUN", "NNS", "refugee"),
            ("have", 3, "aux", "AUX", "VBP"),
            ("been", 3, "auxpass", "AUX", "VBN", "be"),
            ("taken", 9, "ccomp", "VERB", "VBN", "take"),
            ("to", 3, "prep", "ADP", "IN"),
            ("schools", 4, "pobj", "NOUN", "NNS", "school"),
            (",", 9, "punct", "PUNCT", ","),
            ("aid", 8, "compound", "NOUN", "NN"),
            ("workers", 9, "nsubj", "NOUN", "NNS", "worker"),
            ("said", 9, "ROOT", "VERB", "VBD", "say"),
        ]
    )
    assert obligation_pattern(doc[9], modality) is None


def test_a_perfect_with_an_object_and_destination_is_no_obligation(parse, modality):
    # "The navy has sent two ships to the Azores, the ministry said."
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("navy", 3, "nsubj", "NOUN", "NN"),
            ("has", 3, "aux", "AUX", "VBZ", "have"),
            ("sent", 12, "ccomp", "VERB", "VBN", "send"),
            ("two", 5, "nummod", "NUM", "CD"),
            ("ships", 3, "dobj", "NOUN", "NNS", "ship"),
            ("to", 3, "prep", "ADP", "IN"),
            ("the", 8, "det", "DET", "DT"),
            ("Azores", 6, "pobj", "PROPN", "NNP"),
            (",", 12, "punct", "PUNCT", ","),
            ("the", 11, "det", "DET", "DT"),
            ("ministry", 12, "nsubj", "NOUN", "NN"),
            ("said", 12, "ROOT", "VERB", "VBD", "say"),
        ]
    )
    assert obligation_pattern(doc[12], modality) is None


def test_has_to_with_an_infinitive_is_still_a_demand(parse, modality):
    # "Chile said Bolivia has to withdraw the claim." (parsed with "has" as an auxiliary)
    doc = parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Bolivia", 5, "nsubj", "PROPN", "NNP"),
            ("has", 5, "aux", "AUX", "VBZ", "have"),
            ("to", 5, "aux", "PART", "TO"),
            ("withdraw", 1, "ccomp", "VERB", "VB"),
            ("the", 7, "det", "DET", "DT"),
            ("claim", 5, "dobj", "NOUN", "NN"),
        ]
    )
    pattern = obligation_pattern(doc[1], modality)
    assert pattern is not None and "'has to'" in pattern.rule


@pytest.fixture(scope="module")
def coder():
    from multivector.coding.coder import Coder

    return Coder(model=False)


# sentences of our own: an obligation laid on a matter, not on an actor, is no appeal or demand
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chile said the border question should be settled by judges.",
        "Ghana insisted that the cocoa price must be fixed in Accra.",
        "The Indonesian minister stressed that the haze problem should be handled regionally.",
    ],
)
def test_an_obligation_on_no_actor_is_not_coded(coder, text):
    assert coder.code_text(text, date="2020-01-01") == []


@pytest.mark.slow
def test_an_obligation_on_an_actor_is_an_appeal_or_demand(coder):
    appeal = coder.code_text("Chile said Bolivia should return to the talks.", date="2020-01-01")
    assert [(e.source.code, e.target.code, e.cameo) for e in appeal] == [("CHL", "BOL", "020")]
    demand = coder.code_text("Ghana insisted that Togo must reopen the border.", date="2020-01-01")
    assert [(e.target.code, e.cameo) for e in demand] == [("TGO", "100")]
