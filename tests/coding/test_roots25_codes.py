"""roots25: the code a threat or a sharing takes from what it names. A warning or an announced
answer whose clause names armed force (and whose act has no pattern of its own) is a threat of
force (1384), not a threat in general (130); a threat announced stays that threat. Findings,
images and samples shared are information shared (064), not material cooperation (060).
Sentences and parses written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality, names_force, retaliation_pattern
from multivector.ontology.policy import load_policy


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_a_warning_that_names_war_is_a_threat_of_force(coder):
    codes = _codes(coder, "The Zambian defence minister warned that any incursion into Zambia would mean war.")
    assert "1384" in codes and "130" not in codes


def test_a_warning_that_names_no_force_stays_a_threat(coder):
    codes = _codes(coder, "Uganda warned that the new tariffs would hurt ordinary traders.")
    # a threat, not of force (the classifier, when built, may refine the residual 130)
    assert any(c.startswith("13") for c in codes) and not any(c.startswith("138") for c in codes)


def test_a_joined_clause_does_not_make_the_warning_one_of_force(coder):
    text = (
        "The president warned that the strikers would face prosecution, and the minister "
        "ordered troops into the port."
    )
    assert "1384" not in _codes(coder, text)


def test_an_announced_answer_to_aggression_is_a_threat_of_force(parse, modality):
    # "Ethiopia would respond to any aggression"
    doc = parse(
        [
            ("Ethiopia", 2, "nsubj", "PROPN", "NNP"),
            ("would", 2, "aux", "AUX", "MD"),
            ("respond", 2, "ROOT", "VERB", "VB"),
            ("to", 2, "prep", "ADP", "IN"),
            ("any", 5, "det", "DET", "DT"),
            ("aggression", 3, "pobj", "NOUN", "NN"),
        ]
    )
    assert names_force(doc[2], modality)
    found = retaliation_pattern(doc[2], modality, force="1384")
    assert found is not None and found.code == "1384"
    assert retaliation_pattern(doc[2], modality).code == "130"  # no force code: the bare threat


def test_force_as_a_verb_names_no_force(parse, modality):
    # "the vote would force talks"
    doc = parse(
        [
            ("vote", 2, "nsubj", "NOUN", "NN"),
            ("would", 2, "aux", "AUX", "MD"),
            ("force", 2, "ROOT", "VERB", "VB"),
            ("talks", 2, "dobj", "NOUN", "NNS", "talk"),
        ]
    )
    assert not names_force(doc[2], modality)


def test_a_threatened_threat_keeps_its_code():
    policy = load_policy()
    assert policy.threat_code("1384") == "1384"
    assert policy.threat_code("131") == "131"
    assert policy.threat_code("19") == "1384"


def test_findings_and_images_shared_are_information_shared(coder, rules_coder):
    assert "064" in _codes(coder, "The Dutch police shared their preliminary findings with Interpol on Friday.")
    assert "064" in _codes(coder, "Norwegian officials shared satellite images with Sweden on Monday.")
    # the dictionary: goods shared are no information shared
    assert "064" not in _codes(rules_coder, "Norway shared its fuel reserves with Sweden on Monday.")


def test_the_classifier_does_not_refine_goods_shared_into_information(coder):
    # a known weakness from session 27 to 41 (the classifier refined the rules' 060 "share
    # with" into 064 for goods shared); the classifier trained on batches 1-110 (session 42)
    # no longer does
    assert "064" not in _codes(coder, "Norway shared its fuel reserves with Sweden on Monday.")


def test_missiles_fired_at_a_target_are_aerial_weapons(coder):
    codes = _codes(coder, "Houthi fighters fired two cruise missiles at the Saudi port of Jizan on Sunday.")
    assert "195" in codes and "194" not in codes
    # rockets stay artillery
    assert "194" in _codes(coder, "Militants fired rockets at the Israeli town of Sderot on Sunday.")


def test_a_telephone_conversation_held_is_a_call(coder):
    text = "Foreign Minister Ahmed held a telephone conversation with his Kenyan counterpart on Monday."
    codes = _codes(coder, text)
    assert "041" in codes and "040" not in codes
    # talks held are still a consultation
    assert "040" in _codes(coder, "Foreign Minister Ahmed held talks with his Kenyan counterpart on Monday.")
