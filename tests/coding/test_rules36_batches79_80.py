"""rules36: families of the language met in batches 79-80's misses, each written for the
language, not for one sentence: envoys of a named nationality expelled from the source's own
capital, investigations into crimes, and the UN's criminal tribunals.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event


@pytest.mark.parametrize("place", ["from Moscow", "from Russia", "from the country"])
def test_envoys_expelled_from_the_sources_own_place_are_their_countrys(rules_coder, place):
    text = f"The Russian government expelled twelve Norwegian diplomats {place} on Monday."
    assert has_event(event_triples(rules_coder, text, "2024-04-02"), "RUS", "NOR", "161")


def test_envoys_expelled_from_a_foreign_place_keep_that_place(rules_coder):
    text = "Venezuela expelled diplomats from Argentina and Chile after the vote."
    triples = event_triples(rules_coder, text, "2024-08-01")
    assert has_event(triples, "VEN", "ARG", "161")
    assert has_event(triples, "VEN", "CHL", "161")


@pytest.mark.parametrize("crime", ["arson", "kidnapping", "hijacking", "looting"])
def test_an_investigation_into_a_crime_is_a_criminal_investigation(rules_coder, crime):
    text = f"The Serbian government opened an investigation into the {crime} on Tuesday."
    assert has_event(event_triples(rules_coder, text, "2023-03-01"), "SRB", "", "091")


def test_an_investigation_into_an_unnamed_thing_stays_unspecified(rules_coder):
    text = "The Serbian government opened an investigation into the matter on Tuesday."
    triples = event_triples(rules_coder, text, "2023-03-01")
    assert any(code == "090" for _, _, code in triples)
    assert not any(code == "091" for _, _, code in triples)


@pytest.mark.parametrize("court", ["the Hague tribunal", "the ICTY"])
def test_the_hague_tribunal_is_the_uns_court_not_the_dutch_judiciary(rules_coder, court):
    text = f"Serbia extradited the former general to {court} on Friday."
    triples = event_triples(rules_coder, text, "2011-06-03")
    assert any(t and "UNO" in t and code == "063" for _, t, code in triples)
    assert not any(t and t.startswith("NLD") for _, t, _ in triples)


def test_a_tribunals_indictment_is_legal_action(rules_coder):
    text = "The Hague tribunal indicted the Serbian president for crimes against humanity."
    triples = event_triples(rules_coder, text, "1999-05-27")
    assert any(s.startswith("IGOJUD") and code == "173" for s, _, code in triples)


def test_the_hague_as_a_place_is_still_the_dutch_government(rules_coder):
    text = "The Hague summoned the Russian ambassador on Monday."
    triples = event_triples(rules_coder, text, "2024-04-02")
    assert any(s.startswith("NLD") and (t or "").startswith("RUS") for s, t, _ in triples)


def test_a_second_judgement_of_it_repeats_the_first_clauses_act(rules_coder):
    text = (
        "US troops invaded Panama on Wednesday. The Soviet Union condemned the invasion, "
        "and Cuba denounced it as an act of aggression."
    )
    triples = event_triples(rules_coder, text, "1989-12-21")
    assert has_event(triples, "CUB", "USA", "111")
    assert not has_event(triples, "CUB", "USR", "111")



@pytest.mark.parametrize("verb", ["answered", "responded", "retaliated"])
def test_an_act_responded_with_is_the_act(rules_coder, verb):
    text = f"Serbia {verb} on Thursday with a ban on imports of Croatian goods."
    assert has_event(event_triples(rules_coder, text, "2015-09-24"), "SRB", "HRV", "163")


def test_an_act_named_after_another_verbs_with_is_no_act(rules_coder):
    text = "Serbia agreed on Thursday with a ban on imports of Croatian goods."
    assert not has_event(event_triples(rules_coder, text, "2015-09-24"), "SRB", "HRV", "163")


@pytest.mark.parametrize("aid", ["economic support", "economic help"])
def test_economic_support_promised_is_economic_aid_promised(rules_coder, aid):
    text = f"Hungary has promised Serbia {aid}."
    assert has_event(event_triples(rules_coder, text, "2022-01-06"), "HUN", "SRB", "0331")


def test_a_state_of_exception_approved_by_a_legislature_is_imposed(rules_coder):
    text = "The Legislative Assembly of El Salvador approved a 30-day state of exception on Sunday."
    assert has_event(event_triples(rules_coder, text, "2022-03-27"), "SLV", "SLV", "1724")


@pytest.mark.parametrize(
    "sent",
    [
        "sent a military aircraft with food and water to Grenada",
        "sent two planes carrying tents and medicines to Grenada",
        "deployed assessment teams and relief supplies to Grenada",
    ],
)
def test_relief_sent_in_vehicles_or_with_teams_is_humanitarian_aid(rules_coder, sent):
    text = f"Guyana {sent} on Friday."
    assert has_event(event_triples(rules_coder, text, "2024-07-05"), "GUY", "GRD", "073")


def test_vehicles_blocked_with_their_cargo_are_not_aid_sent(rules_coder):
    text = "Chinese coast guard vessels blocked two Philippine boats carrying food and fuel."
    triples = event_triples(rules_coder, text, "2023-08-05")
    assert not any(code.startswith("07") for _, _, code in triples)


def test_water_delivered_with_food_is_relief(rules_coder):
    text = "The Red Cross delivered water and food to refugees in Albania on Monday."
    triples = event_triples(rules_coder, text, "1999-04-05")
    assert any(code == "073" for _, _, code in triples)
    assert not any(code == "061" for _, _, code in triples)


@pytest.mark.parametrize(
    "act", ["have fined several Slovenian fishermen", "have issued fines to Slovenian fishermen"]
)
def test_fines_imposed_on_people_are_administrative_sanctions(rules_coder, act):
    text = f"Croatian authorities {act} for fishing without permits."
    assert has_event(event_triples(rules_coder, text, "2018-07-14"), "HRV", "SVN", "172")


@pytest.mark.parametrize(
    "text",
    [
        # the latest accuser of the speaker's side
        "Britain accused Russia of the poisoning. Moscow said the accusations were baseless.",
        # the claims' owner
        "Russia said the British allegations were lies.",
    ],
)
def test_claims_called_false_are_denied_to_their_owner_or_the_accuser(rules_coder, text):
    assert has_event(event_triples(rules_coder, text, "2018-03-14"), "RUS", "GBR", "016")


def test_a_statement_called_unacceptable_with_no_accuser_is_no_denial(rules_coder):
    text = "Russia said the statement was unacceptable."
    assert not any(code == "016" for _, _, code in event_triples(rules_coder, text, "2018-03-14"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The UN has asked donors for more money for Sudan.", "0231"),
        ("Honduras asked Taiwan to double its annual aid.", "023"),
        ("The EU urged China to contribute to the climate fund.", "023"),
    ],
)
def test_money_asked_for_or_aid_asked_to_grow_is_an_appeal_for_aid(rules_coder, text, code):
    assert any(c == code for _, _, c in event_triples(rules_coder, text, "2023-03-14"))


@pytest.mark.parametrize(
    "act",
    [
        "ordered ethnic Armenians out of their homes",
        "herded thousands of villagers onto trucks",
    ],
)
def test_people_ordered_or_herded_out_are_expelled(rules_coder, act):
    text = f"Azerbaijani police {act} on Monday."
    assert has_event(event_triples(rules_coder, text, "1990-01-15"), "AZE", "", "201")


def test_villages_emptied_by_forces_are_a_mass_expulsion(rules_coder):
    text = "Whole villages had been emptied by Sudanese troops."
    assert has_event(event_triples(rules_coder, text, "2004-05-01"), "SDN", "", "201")


def test_an_eu_mission_abroad_speaks_for_the_eu(rules_coder):
    text = "A stun grenade was thrown at an EULEX patrol in northern Kosovo on Saturday."
    assert any(t and "EEC" in t for _, t, _ in event_triples(rules_coder, text, "2022-12-12"))


def test_the_mission_still_shortens_the_mission_named_before(rules_coder):
    text = (
        "The UN Multidimensional Integrated Stabilization Mission in Mali will leave. "
        "Bamako had expelled the mission's human rights chief in February."
    )
    triples = event_triples(rules_coder, text, "2023-06-30")
    assert not any(t and "EEC" in t for _, t, _ in triples)


@pytest.mark.parametrize(
    ("asked", "code"), [("to sit down together", "026"), ("to sit down at the table", "026")]
)
def test_sides_asked_to_sit_down_are_asked_to_meet(rules_coder, asked, code):
    text = f"The United States urged India and Pakistan {asked}."
    triples = event_triples(rules_coder, text, "2002-06-01")
    assert has_event(triples, "USA", "IND", code)
    assert has_event(triples, "USA", "PAK", code)


def test_leaders_who_sat_down_together_met(rules_coder):
    text = "Putin and Tymoshenko sat down together in Moscow on January 17."
    assert any(code == "040" for _, _, code in event_triples(rules_coder, text, "2009-01-19"))


@pytest.mark.parametrize(
    ("name", "code"),
    [("an act of piracy", "111"), ("an act of terrorism", "111"), ("a robbery", "111"),
     ("an act of aggression", "112"), ("ethnic cleansing", "112")],
)
def test_an_act_called_a_common_crime_is_criticised_and_a_war_crime_accused(rules_coder, name, code):
    text = f"The United States seized the tanker on Monday. Iran called the seizure {name}."
    triples = event_triples(rules_coder, text, "2023-05-02")
    assert any(s.startswith("IRN") and c[:3] == code for s, _, c in triples)


@pytest.mark.parametrize("offer", ["was ready to talk", "was willing to discuss a zone of peace"])
def test_readiness_to_talk_with_no_partner_named_is_an_intent_to_meet(rules_coder, offer):
    text = f"Vietnam's foreign minister said on Monday that his government {offer}."
    triples = event_triples(rules_coder, text, "1985-03-04")
    assert any(s.startswith("VNM") and c == "036" for s, _, c in triples)


@pytest.mark.parametrize(
    "act", ["agreed to buy more American farm goods", "agreed to raise gas supplies to the US"]
)
def test_goods_bought_or_energy_raised_as_promised_is_an_intent_to_trade(rules_coder, act):
    text = f"China {act}."
    triples = event_triples(rules_coder, text, "2019-06-06")
    assert any(s.startswith("CHN") and c == "0311" for s, _, c in triples)


@pytest.mark.parametrize("team", ["medical teams", "more than 100 health workers", "rescue teams"])
def test_relief_workers_offered_are_humanitarian_aid_offered(rules_coder, team):
    text = f"The African Union offered to send {team} to Sierra Leone."
    triples = event_triples(rules_coder, text, "2014-09-20")
    assert has_event(triples, "IGOAFRAFU", "SLE", "0333")


def test_an_object_the_parser_hung_on_the_particle_is_the_verbs(rules_coder):
    text = "Ukraine breaks off diplomatic relations with Moscow."
    assert has_event(event_triples(rules_coder, text, "2022-02-24"), "UKR", "RUS", "161")
