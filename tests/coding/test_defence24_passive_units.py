"""defence24: a unit named in the "by" phrase of a passive is the act's doer, also when it is a
named formation whose state the text leaves unsaid (actors/data/organizations.yaml, kind
state: the Baltic, Black Sea and Northern Fleets and the 58th Army are Russia's, the Sixth and
Seventh Fleets and the 82nd Airborne Division the United States'), or a unit counted out of
such a formation ("two corvettes of the Baltic Fleet"). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_ships_of_a_named_fleet_in_a_passive_are_the_source(rules_coder):
    text = "A Danish frigate was shadowed on Monday by two corvettes of the Baltic Fleet."
    assert ("RUSMIL", "DNKMIL", "150") in event_triples(rules_coder, text)


def test_jets_of_a_named_fleet_intercepting_a_plane_are_the_source(rules_coder):
    text = (
        "A Norwegian patrol plane was intercepted by two fighter jets of the Northern Fleet "
        "over the Barents Sea."
    )
    assert ("RUSMIL", "NOR", "150") in event_triples(rules_coder, text)


def test_a_numbered_army_that_shelled_villages_is_the_source(rules_coder):
    events = event_triples(rules_coder, "Georgian villages were shelled by the 58th Army on Friday.")
    assert ("RUSMIL", "GEO", "194") in events


def test_a_named_us_fleet_acts_for_the_united_states(rules_coder):
    events = event_triples(rules_coder, "The Seventh Fleet sent two destroyers through the strait.")
    assert any(s == "USAMIL" and c.startswith("15") for s, _t, c in events), events


def test_a_named_fleet_placed_on_alert_is_its_state_s_own_act(rules_coder):
    events = event_triples(rules_coder, "The Sixth Fleet was placed on high alert on Sunday.")
    assert any(s == "USAMIL" and c.startswith("15") for s, _t, c in events), events
