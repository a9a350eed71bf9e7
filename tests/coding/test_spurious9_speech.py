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


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


# sentences of our own: an obligation laid on a matter, not on an actor, is no appeal or demand
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chile said the talks should resume next week.",
        "Ghana insisted that the cocoa price must rise.",
        "The Indonesian minister stressed that the haze problem should end this year.",
        "Kenya said the election should take place in May.",
    ],
)
def test_an_obligation_on_no_actor_is_not_coded(coder, text):
    assert coder.code_text(text, date="2020-01-01") == []


@pytest.mark.slow
def test_an_obligation_on_an_actor_is_an_appeal_or_demand(coder):
    appeal = coder.code_text("Chile said Bolivia should return to the talks.", date="2020-01-01")
    assert [(e.source.code, e.target.code, e.cameo[:2]) for e in appeal] == [("CHL", "BOL", "02")]
    demand = coder.code_text("Ghana insisted that Togo must reopen the border.", date="2020-01-01")
    assert [(e.target.code, e.cameo[:2]) for e in demand] == [("TGO", "10")]
