"""codes18: an assault on property by a crowd, a mob, rioters or protesters is a riot (145),
not the property destruction or military force of an armed actor (coding/crowds.py).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_crowds_burning_a_town_hall_riot(rules_coder):
    triples = event_triples(rules_coder, "Angry crowds set fire to the town hall in Lyon on Monday.")
    codes = {c for _s, _t, c in triples}
    assert "145" in codes
    assert "1712" not in codes


@pytest.mark.slow
def test_rioters_storming_a_ministry_riot(rules_coder):
    text = "Rioters stormed the ministry building in Almaty and set it on fire."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert codes == {"145"}


@pytest.mark.slow
def test_rebels_storming_a_ministry_use_force(rules_coder):
    text = "Rebels stormed the ministry building in Almaty."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "190" in codes
    assert "145" not in codes


@pytest.mark.slow
def test_aircraft_still_bomb_from_the_air(rules_coder):
    text = "Military jets bombed villages near Aleppo."
    assert "195" in {c for _s, _t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
def test_armed_mobs_are_no_riot(rules_coder):
    text = "Armed mobs burned hundreds of homes in Osh."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "1712" in codes
    assert "145" not in codes
