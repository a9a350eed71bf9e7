"""rules37: families of the language met in the misses of the news batches, each written for the
language, not for one sentence: acronyms in title case, and ceasefire observers.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event


@pytest.mark.parametrize(
    ("name", "code"), [("Nato", "NAT"), ("Unesco", "UNO"), ("Ecowas", "WAFWAS"), ("Asean", "ASN")]
)
def test_an_acronym_in_title_case_is_the_organisation(rules_coder, name, code):
    text = f"{name} criticised Belarus on Monday."
    triples = event_triples(rules_coder, text, "2021-05-24")
    assert any(code in s and t == "BLR" and c == "111" for s, t, c in triples)


def test_a_title_case_word_that_is_no_proper_noun_is_no_acronym(rules_coder):
    # MEND is a Nigerian militant movement; "Mend" as a verb is not it
    text = "Mend the fences with Ghana, the Nigerian president told his ministers."
    triples = event_triples(rules_coder, text, "2008-05-24")
    assert not any(s.startswith("NGAREB") for s, _, _ in triples)


@pytest.mark.parametrize("force", ["military observers", "a monitoring mission", "ceasefire monitors"])
def test_observers_sent_to_a_country_provide_peacekeeping(rules_coder, force):
    text = f"Indonesia sent {force} to Cambodia on Friday."
    assert has_event(event_triples(rules_coder, text, "2011-02-25"), "IDN", "KHM", "074")


def test_observers_promised_are_an_intent_to_keep_the_peace(rules_coder):
    text = "Indonesia will send military observers to Cambodia."
    assert has_event(event_triples(rules_coder, text, "2011-02-25"), "IDN", "KHM", "0334")


def test_each_others_envoys_expelled_are_each_the_others(rules_coder):
    text = "Poland and Belarus expelled each other's diplomats on Tuesday."
    triples = event_triples(rules_coder, text, "2021-08-10")
    assert has_event(triples, "POL", "BLR", "161")
    assert has_event(triples, "BLR", "POL", "161")


@pytest.mark.parametrize(
    "measure", ["the sanctions imposed on Sudan", "the sanctions it had imposed on Sudan"]
)
def test_a_measure_lifted_is_lifted_from_whom_it_was_imposed_on(rules_coder, measure):
    text = f"The United States lifted {measure} on Friday."
    assert has_event(event_triples(rules_coder, text, "2017-10-06"), "USA", "SDN", "085")


@pytest.mark.parametrize("judgement", ["as a fabrication", "as a lie", "as absurd"])
def test_a_report_dismissed_as_false_is_denied(rules_coder, judgement):
    text = f"Human Rights Watch accused Eritrea of torture. Eritrea dismissed the report {judgement}."
    triples = event_triples(rules_coder, text, "2021-03-01")
    assert any(s.startswith("ERI") and c == "016" for s, _, c in triples)


def test_a_report_dismissed_as_anything_else_is_only_rejected(rules_coder):
    text = "Human Rights Watch accused Eritrea of torture. Eritrea dismissed the report as biased."
    triples = event_triples(rules_coder, text, "2021-03-01")
    assert any(s.startswith("ERI") and c == "120" for s, _, c in triples)
    assert not any(c == "016" for _, _, c in triples)


def test_a_deal_denounced_as_something_is_criticised(rules_coder):
    text = "Senator Marco Rubio denounced the agreement with Cuba as appeasement."
    triples = event_triples(rules_coder, text, "2014-12-18")
    assert any(t == "CUB" and c == "111" for _, t, c in triples)
    assert not any(c == "127" for _, _, c in triples)


@pytest.mark.parametrize("measures", ["new sanctions", "a package of economic measures"])
def test_sanctions_agreed_against_a_state_are_imposed(rules_coder, measures):
    text = f"EU governments on Tuesday agreed {measures} against Russia."
    assert has_event(event_triples(rules_coder, text, "2014-07-29"), "IGOEUREEC", "RUS", "163")


def test_coordinated_objects_of_different_kinds_are_two_acts(rules_coder):
    text = "Armenia declared martial law and a general mobilisation on Sunday."
    triples = event_triples(rules_coder, text, "2020-09-27")
    assert any(s == "ARM" and c == "1724" for s, _, c in triples)
    assert any(s == "ARM" and c == "154" for s, _, c in triples)


def test_an_actor_named_in_one_conjunct_is_that_acts_target_only(rules_coder):
    text = "Mali expelled the French ambassador and the UN mission on Monday."
    triples = event_triples(rules_coder, text, "2022-01-31")
    assert has_event(triples, "MLI", "FRA", "161")
    assert any(s == "MLI" and "UNO" in (t or "") and c == "1662" for s, t, c in triples)
    assert not any("UNO" in (t or "") and c == "161" for _, t, c in triples)
    assert not any((t or "").startswith("FRA") and c == "1662" for _, t, c in triples)


def test_coordinated_objects_of_one_kind_stay_one_act(rules_coder):
    text = "The EU imposed sanctions and tariffs on Russia on Monday."
    triples = event_triples(rules_coder, text, "2022-02-28")
    assert [c for s, t, c in triples if s == "IGOEUREEC" and t == "RUS"] == ["163"]


@pytest.mark.parametrize(
    "crowd", ["Protesters", "An angry crowd", "Thousands of opposition supporters"]
)
def test_a_crowd_storming_an_embassy_riots(rules_coder, crowd):
    text = f"{crowd} stormed the Swedish embassy in Baghdad on Thursday."
    triples = event_triples(rules_coder, text, "2023-07-20")
    assert any(t and t.startswith("SWE") and c == "145" for _, t, c in triples)
    assert not any(c.startswith("19") for _, _, c in triples)


def test_soldiers_storming_a_town_still_attack(rules_coder):
    text = "Russian troops stormed the Ukrainian town of Bakhmut on Thursday."
    triples = event_triples(rules_coder, text, "2023-05-20")
    assert any(s.startswith("RUS") and c.startswith("19") for s, _, c in triples)


def test_a_crowd_besieging_an_embassy_blocks_it(rules_coder):
    text = "Demonstrators besieged the Australian embassy in Jakarta on Monday."
    triples = event_triples(rules_coder, text, "1999-09-13")
    assert any((t or "").startswith("AUS") and c == "144" for _, t, c in triples)


def test_aircraft_that_begin_bombing_attack_from_the_air(rules_coder):
    text = "British and French aircraft began bombing Egyptian airfields on Wednesday."
    triples = event_triples(rules_coder, text, "1956-11-01")
    assert has_event(triples, "GBR", "EGY", "195")
    assert has_event(triples, "FRA", "EGY", "195")


@pytest.mark.parametrize(("judged", "code"), [("a shameful act", "111"), ("a courageous step", "051")])
def test_a_noun_judged_by_its_adjective_is_an_evaluation(rules_coder, judged, code):
    text = f"Canada said Russia's decision was {judged}."
    assert has_event(event_triples(rules_coder, text, "2014-03-20"), "CAN", "RUS", code)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Pacific Islands Forum", "IGOPACPIF"), ("CPLP", "IGOPLTCPL"), ("Andean Community", "IGOSAMAND")],
)
def test_regional_organisations_are_actors(rules_coder, name, code):
    text = f"The {name} criticised Paraguay on Monday."
    triples = event_triples(rules_coder, text, "2012-06-25")
    assert any(s == code and t == "PRY" and c == "111" for s, t, c in triples)


def test_an_object_predicate_after_an_adverb_is_still_the_objects(rules_coder):
    text = (
        "Protesters stormed the Swedish embassy in Baghdad. "
        "Sweden's foreign minister called the storming completely unacceptable."
    )
    triples = event_triples(rules_coder, text, "2023-07-20")
    assert any(s.startswith("SWE") and (t or "").startswith("IRQ") and c == "111" for s, t, c in triples)


def test_a_state_of_emergency_decreed_is_imposed(rules_coder):
    # (the tagger lemmatises "decreed" after "France" as itself: that parse gives no event)
    text = "The French Government decreed a state of emergency in New Caledonia on Wednesday."
    assert has_event(event_triples(rules_coder, text, "2024-05-16"), "FRA", "NCL", "1724")


def test_a_relief_plane_that_touches_down_brings_aid(rules_coder):
    text = "A New Zealand relief plane touched down in Tonga on Thursday."
    assert has_event(event_triples(rules_coder, text, "2022-01-20"), "NZL", "TON", "073")


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian and Cameroonian troops fought Boko Haram together on Monday.",
        "Nigerian and Cameroonian troops launched joint operations against Boko Haram on Monday.",
    ],
)
def test_armed_acts_done_together_are_military_cooperation(rules_coder, text):
    triples = event_triples(rules_coder, text, "2016-05-02")
    assert has_event(triples, "NGA", "CMR", "062")
    assert any(s.startswith("NGA") and c.startswith("19") for s, _, c in triples)


def test_armed_acts_of_two_states_not_said_to_be_joint_are_no_cooperation(rules_coder):
    text = "Nigerian and Cameroonian troops fought Boko Haram on Monday."
    triples = event_triples(rules_coder, text, "2016-05-02")
    assert not any(c == "062" for _, _, c in triples)


def test_a_partner_alongside_cooperates_militarily(rules_coder):
    text = "Indian troops advanced on Dhaka alongside Bangladeshi guerrillas in December 1971."
    assert has_event(event_triples(rules_coder, text, "1971-12-16"), "IND", "BGD", "062")


def test_troops_under_a_joint_command_cooperate(rules_coder):
    text = "Mongolian and Soviet troops fought under a joint command at Khalkhin Gol in 1939."
    assert has_event(event_triples(rules_coder, text, "1939-08-30"), "MNG", "USR", "062")


def test_a_person_named_by_a_role_of_the_documents_country_keeps_it_later(rules_coder):
    text = (
        "PARIS - France closed its embassy in Baku on Monday. "
        "The Interior Minister, Jean Dupont, accused Azerbaijan of interference. "
        "Mr Dupont also criticised Azerbaijan on Tuesday."
    )
    triples = event_triples(rules_coder, text, "2024-05-16")
    assert any(s.startswith("FRA") and (t or "").startswith("AZE") and c == "111" for s, t, c in triples)
