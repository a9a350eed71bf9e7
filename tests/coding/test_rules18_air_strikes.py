"""rules18: air strikes begun against a target are 195, not a labour strike (AERIAL_STRIKE in
data/verbs.yaml); a coalition or act "X-led" is X's (coding/leaders.py; leading_participles in
lang/en/grammar.yaml). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_air_strikes_begun_against_a_target_are_aerial_weapons(rules_coder):
    text = "Israel began air strikes against Hamas positions in Gaza on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "ISR" and c == "195" for s, _t, c in triples), triples
    assert not any(c == "143" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_labour_strike_begun_stays_a_strike(rules_coder):
    text = "French dock workers began a strike against the government on Monday."
    triples = event_triples(rules_coder, text)
    assert any(c == "143" for _s, _t, c in triples), triples
    assert not any(c == "195" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_coalition_led_by_a_state_is_that_state(rules_coder):
    text = "The Saudi-led coalition carried out air strikes on Sanaa on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "SAU" and c == "195" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_leader_named_by_no_actor_leaves_the_noun_to_the_usual_rules(rules_coder):
    text = "Tuareg-led Malian armed groups attacked Kidal on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("MLI") for s, _t, _c in triples), triples
