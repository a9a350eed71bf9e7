"""legal23: acts of the legal register the dictionary had no pattern for, each checked against
a non-legal sense of the same words: a person tried (173: "tried the journalist", "was tried
in Lima"; not "tried to persuade") or charged (173: "charged two soldiers with murder"; a state
charged with a wrong is accused, 112), a trial undergone read the other way round
(``converse_verbs`` of 173: "went on trial in Ankara" is Turkey trying the subject), a wanted
person handed to a court, a tribunal or another state's police or authorities (063, not the
release of persons of 0841; hostages handed to authorities or an aid group, a pilot handed back,
stay 0841), a complaint lodged with a court (115, not the protest of 114; with a government or
an organisation it stays 114). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


# ---- a person tried (173) ----


def test_a_person_tried_is_put_on_trial(rules_coder):
    assert ("IRN", "NLDMED", "173") in event_triples(
        rules_coder, "Iran tried the Dutch journalist behind closed doors."
    )


def test_a_person_tried_in_the_passive_by_the_state_of_the_place(rules_coder):
    triples = event_triples(
        rules_coder, "A French aid worker was tried for smuggling in Tehran."
    )
    assert any(c == "173" and s.startswith("IRN") for s, _t, c in triples)


def test_an_attempt_is_no_trial(rules_coder):
    assert "173" not in codes(rules_coder, "Peru tried to persuade Bolivia to drop the case.")
    assert "173" not in codes(rules_coder, "Ecuador tried everything to reopen the border.")


# ---- a trial undergone, the other way round ----


def test_going_on_trial_in_a_place_is_the_place_trying_the_subject(rules_coder):
    triples = event_triples(
        rules_coder, "The Norwegian engineer went on trial in Ankara on Monday."
    )
    assert any(c == "173" and s.startswith("TUR") and t == "NOR" for s, t, c in triples)


def test_standing_trial_in_a_country(rules_coder):
    triples = event_triples(rules_coder, "The Danish sailor stood trial in Morocco last week.")
    assert any(c == "173" and s.startswith("MAR") and (t or "").startswith("DNK") for s, t, c in triples)


def test_going_on_a_trip_is_no_trial(rules_coder):
    assert "173" not in codes(rules_coder, "The Norwegian minister went on a trip to Ankara.")


# ---- a wanted person handed to a court (063) ----


def test_a_general_handed_over_to_a_tribunal_is_judicial_cooperation(rules_coder):
    found = codes(
        rules_coder, "Croatia handed the former general over to the war crimes tribunal."
    )
    assert "063" in found and "0841" not in found


def test_a_person_handed_to_another_states_police_is_judicial_cooperation(rules_coder):
    assert ("UGA", "KENCOP", "063") in event_triples(
        rules_coder, "Uganda handed over the suspects to Kenyan police."
    )
    assert ("COL", "ESPGOV", "063") in event_triples(
        rules_coder, "Colombia handed Ortega over to Spanish authorities in Bogota."
    )


def test_hostages_handed_to_authorities_and_a_pilot_handed_back_are_released(rules_coder):
    found = codes(rules_coder, "The rebels handed the hostages over to Malian authorities.")
    assert "0841" in found and "063" not in found
    assert ("RUS", "UKR", "0841") in event_triples(
        rules_coder, "Russia handed the captured pilot back to Ukraine."
    )


def test_a_building_handed_to_the_authorities_is_no_judicial_act(rules_coder):
    assert "063" not in codes(
        rules_coder, "The army handed over the stadium to the local authorities."
    )


def test_hostages_handed_over_to_an_aid_group_are_released(rules_coder):
    found = codes(rules_coder, "The rebels handed the hostages over to the Red Cross in Chad.")
    assert "063" not in found


# ---- a complaint lodged with a court (115) ----


def test_a_complaint_with_a_court_is_a_lawsuit(rules_coder):
    assert ("KEN", "UGA", "115") in event_triples(
        rules_coder, "Kenya lodged a complaint against Uganda with the International Court of Justice."
    )
    assert ("KEN", "UGA", "115") in event_triples(
        rules_coder, "Kenya filed a complaint with the tribunal against Uganda."
    )


def test_a_complaint_with_a_government_or_an_organisation_stays_a_protest(rules_coder):
    assert ("KEN", "UGAGOV", "114") in event_triples(
        rules_coder, "Kenya lodged a complaint with the Ugandan foreign ministry."
    )
    found = codes(rules_coder, "Kenya lodged a complaint with the United Nations.")
    assert "114" in found and "115" not in found


# ---- a person charged (173) ----


def test_a_person_charged_with_a_crime_is_legal_action(rules_coder):
    triples = event_triples(rules_coder, "Chilean prosecutors charged the Bolivian trader with fraud.")
    assert any(c == "173" and t == "BOLBUS" for _s, t, c in triples)


def test_people_charged_in_a_reported_passive(rules_coder):
    assert "173" in codes(rules_coder, "Peru said nine soldiers had been charged.")


def test_a_state_charged_with_a_wrong_is_accused_and_a_fee_is_no_act(rules_coder):
    found = codes(rules_coder, "Chile charged Bolivia with violating the treaty.")
    assert "112" in found and "173" not in found
    assert codes(rules_coder, "The airline charged Bolivian travellers higher fees.") == set()


# ---- prosecutors or police investigating (091) ----


def test_prosecutors_investigating_investigate_a_crime(rules_coder):
    assert "091" in codes(rules_coder, "Latvian prosecutors investigated two Russian diplomats.")


def test_a_commission_investigating_stays_090(rules_coder):
    found = codes(rules_coder, "A UN commission investigated two Russian diplomats.")
    assert "090" in found and "091" not in found


def test_prosecutors_investigating_torture_investigate_an_abuse_of_rights(rules_coder):
    assert "092" in codes(
        rules_coder, "Latvian prosecutors investigated the torture of detainees by Russian guards."
    )
