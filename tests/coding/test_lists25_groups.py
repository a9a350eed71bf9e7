"""lists25: lists of actors a clause does not reach directly. A group noun "led by" a list of
states is those states (coding/leaders.py led_by, ``led_group_nouns``; not a person who leads
it); a phrase the parser hung under an interrupting participle set off by commas belongs to
the verb the participle interrupts (coding/syntax.py); a group whose target is only itself
again ("A and B stated they ...") acts on no one, unless its object names an act or bond the
members share ("their meeting": coding/participants.py). Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_a_coalition_led_by_a_list_is_each_of_its_leaders(rules_coder):
    text = "A coalition led by Kenya, Uganda and Tanzania condemned the coup in Burundi."
    sources = {s for s, t, c in event_triples(rules_coder, text) if c.startswith("11")}
    assert sources == {"KEN", "UGA", "TZA"}


def test_states_led_by_a_list_are_each_of_its_leaders(rules_coder):
    text = "Several Asian states led by Japan and Vietnam condemned the missile launch by Laos."
    sources = {s for s, t, c in event_triples(rules_coder, text) if c.startswith("11")}
    assert sources == {"JPN", "VNM"}


def test_a_group_led_by_a_person_is_not_the_person_s_state(rules_coder):
    text = "An observer group led by former Kenyan president Daniel Moi praised the vote in Zambia."
    assert not any(s.startswith("KEN") for s, _t, _c in event_triples(rules_coder, text))


def test_a_with_list_after_an_interrupting_participle_is_the_target(rules_coder):
    text = "Peru reopened its borders, closed since March, with Chile, Bolivia and Ecuador."
    targets = {t for s, t, c in event_triples(rules_coder, text) if s == "PER"}
    assert {"CHL", "BOL", "ECU"} <= targets


def test_a_phrase_inside_the_participle_stays_there(rules_coder):
    text = "Peru reopened its borders, closed since a dispute with Chile, on Friday."
    assert ("PER", "CHL") not in {(s, t) for s, t, _c in event_triples(rules_coder, text)}


def test_conjoined_subjects_are_not_each_other_s_target(rules_coder):
    text = "Denmark and Finland stated they will review their development policies."
    pairs = {(s, t) for s, t, _c in event_triples(rules_coder, text)}
    assert ("DNK", "FIN") not in pairs and ("FIN", "DNK") not in pairs


def test_a_joint_act_still_pairs_its_partners(rules_coder):
    text = "Russia and China held joint naval exercises on Monday."
    assert ("RUS", "CHN", "062") in event_triples(rules_coder, text)


def test_a_group_s_shared_meeting_still_pairs_its_members(rules_coder):
    text = "Chile and Peru postponed their meeting on Monday."
    pairs = {(s, t) for s, t, _c in event_triples(rules_coder, text)}
    assert ("CHL", "PER") in pairs
