"""defence23: acts of the defence press the dictionary missed or coded wrong: weapons trained
or aimed at another (150; the bare "train" is military cooperation, 062), another's warship
escorted away (150, as "shadowed"), captured soldiers handed over with no receiver named
(0841; a suspect handed over stays 063), a speech delivered (010, not aid, 070), naval fleets
and flotillas as a state's military, and a subject counted out of its "of" phrase ("two of
its frigates"). Each sense is checked against another sense of the same verb. Sentences are
written for these tests (none is from a gold file). Executions of at least the policy's
mass_killing_min civilians are a mass killing (202), as killings are.
"""

from __future__ import annotations

from coding_helpers import event_triples


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


# ---- weapons trained or aimed: 150, not 062 ----


def test_guns_trained_on_boats_are_a_show_of_force(rules_coder):
    text = "The Venezuelan navy trained its guns on three Colombian boats."
    assert ("VENMIL", "COL", "150") in event_triples(rules_coder, text)
    assert "062" not in codes(rules_coder, text)


def test_guns_pointed_at_fishermen_are_a_show_of_force(rules_coder):
    text = "Venezuelan soldiers pointed their guns at Colombian fishermen."
    assert "150" in codes(rules_coder, text)


def test_an_army_that_trains_another_s_soldiers_still_cooperates(rules_coder):
    text = "The Brazilian army trained Paraguayan soldiers."
    assert ("BRAMIL", "PRYMIL", "062") in event_triples(rules_coder, text)


# ---- another's warship escorted: 150 ----


def test_a_foreign_corvette_escorted_away_is_a_show_of_force(rules_coder):
    text = "A Greek frigate escorted a Turkish corvette out of Greek waters."
    assert ("GRCMIL", "TURMIL", "150") in event_triples(rules_coder, text)


# ---- captives handed over: 0841; suspects stay 063 ----


def test_captured_soldiers_handed_over_are_released(rules_coder):
    text = "In return Peru handed over 40 Bolivian servicemen on Monday."
    found = {(s, (t or "")[:3], c) for s, t, c in event_triples(rules_coder, text)}
    assert ("PER", "BOL", "0841") in found


def test_hostages_handed_over_are_released(rules_coder):
    assert "0841" in codes(rules_coder, "The rebels handed over four Ugandan hostages on Sunday.")


def test_a_suspect_handed_over_is_judicial_cooperation(rules_coder):
    found = codes(rules_coder, "Peru handed over the suspect on Monday.")
    assert "063" in found and "0841" not in found


# ---- "deliver": a speech is a statement, helicopters are arms ----


def test_a_speech_delivered_is_a_statement_not_aid(rules_coder):
    found = codes(rules_coder, "Brazil delivered a speech on Paraguay.")
    assert "010" in found and "070" not in found


def test_helicopters_delivered_are_military_aid(rules_coder):
    text = "Brazil delivered ten helicopters to Paraguay."
    assert ("BRA", "PRY", "072") in event_triples(rules_coder, text)


# ---- units for their state ----


def test_a_named_fleet_is_its_state_s_military(rules_coder):
    text = "The Northern Fleet sent two submarines to the Barents Sea, Russia said."
    assert ("RUSMIL", "154") in {(s, c) for s, _t, c in event_triples(rules_coder, text)}


def test_a_fishing_fleet_is_no_military(rules_coder):
    navy = event_triples(rules_coder, "A Spanish fleet attacked a Moroccan patrol boat.")
    fishing = event_triples(rules_coder, "A Spanish fishing fleet attacked a Moroccan patrol boat.")
    assert {s for s, _t, _c in navy} == {"ESPMIL"}
    assert {s for s, _t, _c in fishing} == {"ESPCVL"}


# ---- a subject counted out of its "of" phrase ----


def test_one_of_a_state_s_patrol_boats_acts_for_it(rules_coder):
    text = "One of Peru's patrol boats escorted a Bolivian corvette."
    assert ("PERMIL", "BOLMIL", "150") in event_triples(rules_coder, text)


def test_two_of_its_warships_act_for_the_owner_named_before(rules_coder):
    text = "Peru's navy said two of its warships attacked a Bolivian corvette."
    assert {(s[:3], c) for s, _t, c in event_triples(rules_coder, text)} >= {("PER", "190")}


# ---- executions of many civilians: a mass killing (202) ----


def test_hundreds_of_villagers_executed_are_a_mass_killing(rules_coder):
    text = "Sudanese soldiers executed at least 300 villagers in Darfur."
    assert ("SDNMIL", "202") in {(s, c) for s, _t, c in event_triples(rules_coder, text)}


def test_two_villagers_executed_stay_an_execution(rules_coder):
    found = codes(rules_coder, "Sudanese soldiers executed two villagers in Darfur.")
    # passive27: an execution of people in one's hands is a killing by physical assault (1823);
    # 186 (assassination) is for targeted leaders ("execute &DIGNITARY")
    assert "1823" in found and "202" not in found
