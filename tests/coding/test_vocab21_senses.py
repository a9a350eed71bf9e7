"""vocab21: verb senses the dictionary had the verb for but no pattern of (mourning declared,
troops massed or moved up, heavy fire that "pounds" a place, forensic examination, arrest
warrants and wanted lists, captives handed to a go-between, peoples driven across a border,
forces authorised, annexations proclaimed). Each sense is checked against a non-event sense
of the same verb. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.ontology import load_ontology


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


def test_mourning_declared_is_a_symbolic_act_at_home(rules_coder):
    text = "The Kenyan government declared three days of national mourning."
    triples = event_triples(rules_coder, text)
    assert ("KENGOV", "KEN", "017") in triples, triples


def test_a_minute_of_silence_observed_is_a_symbolic_act(rules_coder):
    assert "017" in codes(rules_coder, "The Egyptian cabinet observed a minute of silence.")


def test_days_declared_for_something_else_are_no_mourning(rules_coder):
    assert "017" not in codes(rules_coder, "Kenya declared three days of public holiday.")


def test_the_policy_lists_a_three_digit_code_alone_for_the_place_target():
    policy = load_ontology().policy
    assert policy.takes_domestic_target("017")
    assert not policy.takes_domestic_target("018")
    assert policy.takes_domestic_target("1724")


def test_troops_massed_along_a_border_are_mobilised(rules_coder):
    triples = event_triples(rules_coder, "Russia massed troops along the border with Ukraine.")
    assert ("RUS", "UKR", "154") in triples, triples


def test_troops_moved_towards_a_border_are_mobilised(rules_coder):
    text = "India moved additional troops towards the border with China."
    assert ("IND", "CHN", "154") in event_triples(rules_coder, text)


def test_furniture_moved_is_no_mobilisation(rules_coder):
    assert "154" not in codes(rules_coder, "India moved its embassy towards the new district.")


def test_a_place_pounded_is_an_attack(rules_coder):
    triples = event_triples(rules_coder, "Russian forces pounded Kharkiv.")
    assert ("RUSMIL", "UKR", "190") in triples, triples


def test_positions_pounded_by_artillery_are_heavy_weapons_fire(rules_coder):
    text = "Russian artillery pounded Ukrainian positions near Bakhmut."
    assert ("RUS", "UKR", "194") in event_triples(rules_coder, text)


def test_a_table_pounded_or_a_team_hammered_is_no_attack(rules_coder):
    assert not codes(rules_coder, "The Kenyan minister pounded the table.")
    assert not codes(rules_coder, "Lawmakers hammered the Kenyan government over the budget.")


def test_bodies_examined_are_investigated(rules_coder):
    found = codes(rules_coder, "Finnish forensic experts began examining the bodies in Pristina.")
    assert "090" in found, found


def test_a_scene_examined_by_police_is_a_criminal_investigation(rules_coder):
    found = codes(rules_coder, "Chinese investigators examined the site of the blast.")
    assert "091" in found, found


def test_a_proposal_examined_is_no_investigation(rules_coder):
    assert not codes(rules_coder, "The Indian government examined the proposal.")


def test_martial_law_announced_is_a_state_of_emergency(rules_coder):
    assert "1724" in codes(rules_coder, "China announced martial law in Beijing.")


def test_an_arrest_warrant_issued_is_legal_action(rules_coder):
    text = "The International Criminal Court issued an arrest warrant for Vladimir Putin."
    assert ("IGOJUDICC", "RUSGOV", "173") in event_triples(rules_coder, text)


def test_a_wanted_list_is_legal_action(rules_coder):
    text = "Russia placed the Estonian prime minister on a wanted list."
    assert ("RUS", "ESTGOV", "173") in event_triples(rules_coder, text)


def test_a_statement_issued_is_no_warrant(rules_coder):
    assert "173" not in codes(rules_coder, "The Kenyan ministry issued a statement.")


def test_hostages_handed_to_a_go_between_are_released(rules_coder):
    found = codes(rules_coder, "Hamas handed 13 Israeli hostages to the Red Cross.")
    assert "0841" in found, found


def test_a_people_driven_across_a_border_is_expelled(rules_coder):
    text = "The Burmese army drove 700,000 Rohingya across the border into Bangladesh."
    assert "201" in codes(rules_coder, text)


def test_a_force_authorised_by_the_council_is_peacekeeping(rules_coder):
    text = "The Security Council authorised a multinational force for Haiti."
    assert ("IGOUNO", "HTI", "074") in event_triples(rules_coder, text)


def test_an_annexation_proclaimed_is_an_occupation(rules_coder):
    text = "Putin proclaimed the annexation of four Ukrainian regions."
    assert ("RUSGOV", "UKR", "192") in event_triples(rules_coder, text)


def test_representation_downgraded_is_a_cut_in_diplomatic_relations(rules_coder):
    text = "Jordan downgraded its diplomatic representation in Qatar."
    assert ("JOR", "QAT", "161") in event_triples(rules_coder, text)


def test_an_order_presented_is_an_honour(rules_coder):
    text = "Tokayev presented Xi with the Order of Altyn Kyran."
    assert ("KAZGOV", "CHNGOV", "051") in event_triples(rules_coder, text)


def test_honorary_citizenship_conferred_is_an_honour(rules_coder):
    text = "Russia conferred honorary citizenship on the Serbian president."
    assert ("RUS", "SRBGOV", "051") in event_triples(rules_coder, text)


def test_damages_awarded_are_no_honour(rules_coder):
    assert "051" not in codes(rules_coder, "The Kenyan court awarded damages to the victims.")


def test_critics_mocked_are_criticised(rules_coder):
    assert "111" in codes(rules_coder, "Mugabe mocked the British prime minister.")


def test_a_wreath_laid_on_coffins_is_a_symbolic_act(rules_coder):
    text = "The Indian minister laid a wreath on the coffins of the slain soldiers."
    assert "017" in codes(rules_coder, text)


def test_a_stay_away_called_is_a_general_strike(rules_coder):
    found = codes(rules_coder, "The Zimbabwean opposition called a stay-away.")
    assert "143" in found, found


def test_a_boat_sunk_is_property_destroyed(rules_coder):
    text = "The Chinese vessel rammed and sank the Vietnamese fishing boat."
    assert ("CHN", "VNM", "1712") in event_triples(rules_coder, text)


def test_relief_planes_dispatched_are_humanitarian_aid(rules_coder):
    text = "Egypt dispatched relief planes carrying food and medicine to Port Sudan."
    assert ("EGY", "SDN", "073") in event_triples(rules_coder, text)


def test_security_forces_authorised_to_fire_are_no_peacekeeping(rules_coder):
    text = "The Kazakh president authorised the security forces to open fire."
    assert "074" not in codes(rules_coder, text)


def test_things_handed_to_someone_are_no_release(rules_coder):
    text = "The Ugandan government seized the shops and handed them to soldiers."
    assert "0841" not in codes(rules_coder, text)


def test_the_people_driven_across_are_the_target(rules_coder):
    text = "The Burmese army drove 700,000 Rohingya across the border."
    assert ("MMRMIL", "MMR", "201") in event_triples(rules_coder, text)
