"""A judgement repeated with a pronoun object ("X condemned the attack. Y also condemned it")
judges what the first one did (coding/characterisations.py ``judged_again``), not the actor
named last. Texts written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow

BOMBING = "Burmese jets bombed the village of Pazigyi on Tuesday. Indonesia strongly condemned the attack. "
SIGNING = "Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. Kenya welcomed the agreement. "


def test_a_repeated_condemnation_judges_the_attack(rules_coder):
    triples = event_triples(
        rules_coder, BOMBING + "The United States also condemned it.", "2023-04-12"
    )
    assert ("USA", "MMR", "111") in triples
    assert ("USA", "IDN", "111") not in triples  # not the country named last


def test_a_repeated_welcome_has_every_target_of_the_first(rules_coder):
    triples = event_triples(rules_coder, SIGNING + "Uganda also welcomed it.", "2018-09-17")
    assert {("UGA", "ETH", "051"), ("UGA", "ERI", "051")} <= triples


def test_an_accusation_of_it_is_no_repetition(rules_coder):
    text = BOMBING + "Thailand accused it of arming the rebels."
    assert not any(
        s == "THA" and t == "MMR" and c == "111"
        for s, t, c in event_triples(rules_coder, text, "2023-04-12")
    )
