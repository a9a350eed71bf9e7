"""Session 30's entries of data/verbs.yaml: censure and acclaim in "called X a Y", an attack as an answer. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Argentina's president called the Venezuelan leader Nicolas Maduro a dictator.",
        "Chile called Peru's naval exercise a direct threat to regional peace.",
        "Chile called Peru's decision deeply unfortunate.",
    ],
)
def test_a_judgement_in_a_naming_is_censure(rules_coder, text):
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "111" in codes


@pytest.mark.slow
def test_an_act_called_historic_is_praised(rules_coder):
    text = "Chile described Peru's decision as historic."
    assert ("CHL", "PER", "051") in {(s[:3], (t or "")[:3], c) for s, t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
def test_a_threat_named_by_its_speaker_is_no_censure(rules_coder):
    # "what he called a terrorist threat": the speaker's own name for a danger, no judgement
    text = "Kazakhstan asked its allies to help it overcome what the president called a terrorist threat."
    assert "111" not in {c for _s, _t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
def test_an_attack_as_the_answer_is_violence_not_sanctions(rules_coder):
    text = "Iran retaliated on Monday with a missile attack on the Al Udeid air base in Qatar."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert codes & {"190", "195"} and "163" not in codes


@pytest.mark.slow
def test_hacking_people_is_an_assault_hacking_systems_a_cyberattack(rules_coder):
    people = event_triples(rules_coder, "Militiamen from Rwanda hacked the villagers of Burundi.")
    systems = event_triples(rules_coder, "Iranian hackers hacked the website of Israel's water authority.")
    assert "180" in {c for _s, _t, c in people} and "176" not in {c for _s, _t, c in people}
    assert "176" in {c for _s, _t, c in systems}


@pytest.mark.slow
def test_an_organisation_hacked_is_a_cyberattack(rules_coder):
    text = "Russian hackers hacked the Democratic National Committee in the United States."
    assert "176" in {c for _s, _t, c in event_triples(rules_coder, text)}
