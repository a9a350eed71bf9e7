"""rules35: families of the language met in batches 77-78's misses, each written for the
language, not for one sentence: a dateline that names a capital the gazetteer leaves out or
shares with towns abroad, and the secretariat or chair of an organisation speaking for it.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

from multivector.coding.dateline_country import capital_country
from multivector.coding.focus_country import dateline_country
from multivector.coding.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    ("name", "country"), [("Malé", "MDV"), ("MALE", "MDV"), ("Colombo", "LKA"), ("Paris", "FRA")]
)
def test_a_capital_of_the_actor_table_names_its_country(name, country):
    assert capital_country(name) == country


def test_a_town_that_is_no_capital_names_no_country():
    assert capital_country("Springfield") is None


@pytest.mark.parametrize(
    ("dateline", "country"),
    [("MALE - ", "MDV"), ("COLOMBO (Reuters) - ", "LKA"), ("MOGADISHU - ", "SOM")],
)
def test_a_dateline_naming_a_capital_is_in_its_country(dateline, country):
    text = dateline + "The government said on Monday it would hold talks."
    assert dateline_country(text, load_gazetteer()) == country


def test_an_unknown_official_of_a_capital_dateline_is_of_its_country(rules_coder):
    text = (
        "MALE - Foreign Minister Ahmed Naseer met External Affairs Minister S. Jaishankar "
        "in New Delhi on Thursday."
    )
    assert has_event(event_triples(rules_coder, text, "2024-05-10"), "MDV", "IND", "040")


@pytest.mark.parametrize("organ", ["The Secretariat of", "The Chairperson of"])
def test_the_secretariat_or_chair_of_an_organisation_speaks_for_it(rules_coder, organ):
    text = (
        f"{organ} the Collective Security Treaty Organization called on Armenia and "
        "Azerbaijan to hold talks."
    )
    triples = event_triples(rules_coder, text)
    assert has_event(triples, "IGOCASCST", "ARM", "026")
    assert has_event(triples, "IGOCASCST", "AZE", "026")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Armenia and Azerbaijan exchanged fire on the border on Friday.", "190"),
        ("Ethiopia and Eritrea traded air strikes on Friday.", "195"),
        ("Armenia and Azerbaijan traded accusations on Friday.", "112"),
    ],
)
def test_a_mutual_hostile_act_goes_both_ways(rules_coder, text, code):
    triples = event_triples(rules_coder, text)
    sources = {s[:3] for s, _t, c in triples if c == code}
    targets = {(t or "")[:3] for _s, t, c in triples if c == code}
    assert len(sources) == 2 and sources == targets


def test_a_meeting_of_a_group_pairs_once(rules_coder):
    triples = event_triples(rules_coder, "France and Germany met in Paris on Friday.")
    pairs = {(s[:3], (t or "")[:3]) for s, t, c in triples if c.startswith("04")}
    assert len(pairs) == 1


def test_the_origin_of_a_relief_carrier_is_its_source(rules_coder):
    text = "An aid plane from Saudi Arabia landed in Aleppo on Sunday."
    assert has_event(event_triples(rules_coder, text), "SAU", "SYR", "073")


def test_a_crisis_in_a_country_is_not_its_doer(rules_coder):
    triples = event_triples(rules_coder, "The crisis in Russia threatened Ukraine's economy.")
    assert not any(s.startswith("RUS") for s, _t, _c in triples)


def test_a_states_presidency_of_an_organisation_speaks_for_the_organisation(rules_coder):
    text = (
        "The Portuguese presidency of the European Union demanded that Belarus release the "
        "detained journalists."
    )
    triples = event_triples(rules_coder, text)
    assert has_event(triples, "IGOEUREEC", "BLR", "1053") or has_event(
        triples, "IGOEUREEC", "BLR", "100"
    )
    assert not any(s.startswith("PRT") for s, _t, _c in triples)


def test_a_states_own_presidency_stays_the_states(rules_coder):
    triples = event_triples(rules_coder, "The Egyptian presidency condemned the attack on Israel.")
    assert any(s.startswith("EGY") for s, _t, _c in triples)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia halted shipments of oil products to Estonia on Monday.", "163"),
        ("Gazprom resumed deliveries of gas to Ukraine on Tuesday.", "061"),
        ("Russia resumed gas deliveries to Europe on Tuesday.", "061"),
    ],
)
def test_goods_and_energy_stopped_or_resumed_are_trade_not_aid(rules_coder, text, code):
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert code in codes and not codes & {"070", "162"}


def test_the_adjective_of_an_ambiguous_country_counts_where_the_country_is_a_place(rules_coder):
    text = (
        "Russia recognised South Ossetia, a breakaway region of Georgia. "
        "The Georgian Foreign Ministry denounced the recognition."
    )
    triples = event_triples(rules_coder, text, "2008-08-26")
    assert has_event(triples, "GEO", "RUS", "111")


def test_the_adjective_of_an_ambiguous_country_inside_an_organisations_name_counts(rules_coder):
    text = (
        "The Georgian Foreign Ministry denounced the recognition of Abkhazia by Russia. "
        "Georgian troops withdrew from Gori."
    )
    triples = event_triples(rules_coder, text, "2008-08-26")
    assert any(s.startswith("GEO") and c == "111" for s, _t, c in triples)


def test_a_memorandum_a_reaction_names_is_the_signed_text(rules_coder):
    text = (
        "Ethiopia and Somaliland signed a memorandum of understanding on port access on Monday. "
        "The Arab League condemned the memorandum on Wednesday."
    )
    triples = event_triples(rules_coder, text, "2024-01-05")
    assert any(s == "IGOMEAARL" and (t or "").startswith("ETH") and c == "111" for s, t, c in triples)


def test_the_incident_a_reaction_names_is_the_storys_act_of_force(rules_coder):
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. "
        "The United States welcomed the new talks. "
        "Japan voiced concern over the incident."
    )
    triples = event_triples(rules_coder, text, "2023-08-07")
    assert any(s.startswith("JPN") and (t or "").startswith("CHN") for s, t, _c in triples)


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [
        ("Sri Lanka received 333 million dollars from the IMF on Tuesday.", "IGOBUSIMF", "LKA", "071"),
        ("Kyrgyzstan received humanitarian aid from Kazakhstan on Sunday.", "KAZ", "KGZ", "073"),
    ],
)
def test_aid_received_is_given_by_whom_it_came_from(rules_coder, text, source, target, code):
    assert has_event(event_triples(rules_coder, text, "2023-03-22"), source, target, code)


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused Georgia of genocide, a charge firmly rejected by Tbilisi.",
        "Moscow accused Georgia of shelling the town, an allegation denied by Tbilisi.",
    ],
)
def test_a_charge_denied_beside_its_clause_answers_the_accuser(rules_coder, text):
    triples = event_triples(rules_coder, text, "2008-08-14")
    assert has_event(triples, "GEO", "RUS", "016")


def test_a_passive_denial_with_no_clause_before_has_no_accuser_from_its_agent(rules_coder):
    triples = event_triples(rules_coder, "The allegations were rejected by Tbilisi.", "2008-08-14")
    assert not any(c == "016" and (t or "").startswith("GEO") for _s, t, c in triples)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish aircraft carrying doctors and medical supplies landed in Mogadishu.", "TUR", "SOM"),
        ("A plane with humanitarian aid from Kazakhstan arrived in Bishkek on Sunday.", "KAZ", "KGZ"),
        ("Humanitarian aid from Kazakhstan arrived in Bishkek on Sunday.", "KAZ", "KGZ"),
    ],
)
def test_a_vehicle_is_an_aid_carrier_by_its_cargo(rules_coder, text, source, target):
    assert has_event(event_triples(rules_coder, text, "2022-10-31"), source, target, "073")


def test_a_vehicle_carrying_no_relief_brings_no_aid(rules_coder):
    triples = event_triples(rules_coder, "A Turkish plane carrying tourists landed in Mogadishu.")
    assert not any(c == "073" for _s, _t, c in triples)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia is considering breaking off diplomatic relations with Russia.",
        "Georgia is weighing cutting its ties with Russia.",
    ],
)
def test_an_act_considered_is_a_policy_option(rules_coder, text):
    assert has_event(event_triples(rules_coder, text, "2008-08-26"), "GEO", "RUS", "014")


def test_a_gerund_after_another_verb_is_no_infinitive(rules_coder):
    triples = event_triples(rules_coder, "Georgia stopped buying gas from Russia.", "2008-08-26")
    assert not any(c == "014" for _s, _t, c in triples)


def test_prosecutors_charging_someone_take_legal_action(rules_coder):
    text = "Estonian prosecutors charged two Russian citizens with organising the riots."
    assert has_event(event_triples(rules_coder, text, "2007-05-03"), "EST", "RUS", "173")


def test_a_state_charging_another_with_a_wrong_accuses_it(rules_coder):
    text = "Russia charged Estonia with provoking the crisis."
    triples = event_triples(rules_coder, text, "2007-05-03")
    assert any(c.startswith("112") for _s, _t, c in triples)
    assert not any(c == "173" for _s, _t, c in triples)


def test_revenge_vowed_on_a_state_is_a_threat_of_force(rules_coder):
    triples = event_triples(rules_coder, "Al-Shabaab vowed to take revenge on Kenya.", "2011-10-20")
    assert any(t and t.startswith("KEN") and c.startswith("138") for _s, t, c in triples)
    assert not any(c.startswith("03") for _s, _t, c in triples)
