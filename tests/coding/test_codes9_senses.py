"""codes9: codes decided by a verb's object or means. Duties put on goods are a sanction
(163), threatened a threat of sanctions (1312); an announced answer whose means is named ("would
respond with tariffs") is a threat of those means, not the bare threat (130); a joint commission
convened is a meeting (040), agreed to an intention to meet (036). Hand-built parses and
sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality, retaliation_pattern


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


def _would_respond(parse, means: bool):
    # "China would respond (with tariffs)"
    rows = [
        ("China", 2, "nsubj", "PROPN", "NNP"),
        ("would", 2, "aux", "AUX", "MD"),
        ("respond", 2, "ROOT", "VERB", "VB"),
    ]
    if means:
        rows += [("with", 2, "prep", "ADP", "IN"), ("tariffs", 3, "pobj", "NOUN", "NNS", "tariff")]
    return parse(rows)


def test_an_announced_answer_with_a_coded_means_is_left_to_that_act(parse, modality):
    doc = _would_respond(parse, means=True)
    assert retaliation_pattern(doc[2], modality, act=lambda v: "163") is None
    # no pattern for the means: still the bare threat
    assert retaliation_pattern(doc[2], modality, act=lambda v: None).code == "130"


def test_an_announced_answer_with_no_means_is_a_threat(parse, modality):
    doc = _would_respond(parse, means=False)
    assert retaliation_pattern(doc[2], modality, act=lambda v: "163").code == "130"


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_answering_with_duties_is_a_sanction_or_its_threat(rules_coder):
    assert _codes(rules_coder, "Argentina responded with tariffs on Brazilian cars.") == {"163"}
    text = "China said it would respond with tariffs on American soybeans."
    assert _codes(rules_coder, text) == {"1312"}
    assert _codes(rules_coder, "Iran vowed to retaliate against Israel.") == {"130"}


def test_putting_a_tariff_on_goods_is_a_sanction(rules_coder):
    text = "Washington threatened to put a 25 per cent tariff on Canadian steel."
    assert _codes(rules_coder, text) == {"1312"}
    assert _codes(rules_coder, "Japan put a tariff on Korean chips.") == {"163"}


def test_convening_a_joint_commission_is_meeting(rules_coder):
    text = "Vietnam and Laos agreed to convene the joint commission next month."
    assert _codes(rules_coder, text) == {"036"}
