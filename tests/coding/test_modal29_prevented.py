"""modal29: an act kept from happening ("barred their nationals from travelling to Qatar",
"refrained from attacking") is no event; the bar or ban itself is coded by its own patterns.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.modality import modality_status


@pytest.fixture(scope="module")
def modality():
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality

    return Modality.load(bundled_path("modality.yaml"))


def _kept_from(parse, verb: str, lemma: str, act: str = "travelling", act_tag: str = "VBG"):
    # "Chile <verb> its citizens from <act> to Peru"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("its", 3, "poss", "PRON", "PRP$"),
            ("citizens", 1, "dobj", "NOUN", "NNS"),
            ("from", 1, "prep", "ADP", "IN"),
            (act, 4, "pcomp", "VERB", act_tag, "travel"),
            ("to", 5, "prep", "ADP", "IN"),
            ("Peru", 6, "pobj", "PROPN", "NNP"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("barred", "bar"), ("banned", "ban"), ("prevented", "prevent"), ("stopped", "stop")],
)
def test_an_act_kept_from_happening_is_not_done(parse, modality, verb, lemma):
    doc = _kept_from(parse, verb, lemma)
    assert modality_status(doc[5], modality).startswith("prevented")


def test_from_after_another_verb_is_climbed_as_before(parse, modality):
    # "Chile returned its citizens from travelling ...": not a verb of preventing
    doc = _kept_from(parse, "returned", "return")
    assert modality_status(doc[5], modality) == "realis"


def test_a_finite_verb_misparsed_under_the_gerund_keeps_its_own_mood(parse, modality):
    # "stopped families from fleeing and seized food": "seized" is no gerund of "from"
    doc = _kept_from(parse, "stopped", "stop", act="travelled", act_tag="VBD")
    assert modality_status(doc[5], modality) == "realis"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Egypt barred its own citizens from travelling to Qatar.",
        "Chilean police prevented the convoy from entering Bolivia.",
    ],
)
def test_no_visit_or_entry_is_coded(rules_coder, text):
    triples = event_triples(rules_coder, text)
    assert not any(code.startswith("04") for _s, _t, code in triples)
