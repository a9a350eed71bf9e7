"""nosource25: doers the coder used to leave unresolved (no source actor, no event): a team or
mission from an organisation, armoured columns, commissions a state sets up, the MFA, peoples
without a state of their own, UN peace operations named by their acronyms. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_team_from_an_organisation_is_that_organisation(rules_coder):
    text = "A team from the International Atomic Energy Agency arrived in Tehran on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNOIAE") and c == "042" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_mission_of_an_organisation_is_that_organisation(rules_coder):
    text = "A mission of the International Atomic Energy Agency visited Pyongyang on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNOIAE") and c == "042" for s, _t, c in triples), triples


@pytest.mark.slow
def test_armoured_columns_of_a_state_are_its_army(rules_coder):
    text = "Armoured columns of Turkey crossed the frontier into Syria on Wednesday."
    triples = event_triples(rules_coder, text)
    assert ("TURMIL", "SYR", "192") in triples, triples


@pytest.mark.slow
def test_columns_with_a_country_adjective_are_its_army(rules_coder):
    text = "Ethiopian columns crossed the frontier into Eritrea on Wednesday."
    triples = event_triples(rules_coder, text)
    assert any(s == "ETHMIL" and c == "192" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_commission_of_inquiry_is_the_states(rules_coder):
    text = (
        "Soldiers shot dead twelve miners near Kitwe in Zambia in March. "
        "A commission of inquiry appointed by the president is investigating the killings."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "ZMBGOV" and c.startswith("09") for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_bare_capitalised_commission_is_not_a_states(rules_coder):
    text = (
        "Hungary banned imports of Ukrainian wheat on Friday, defying the EU. "
        "The Commission criticised the ban on Monday."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s.startswith(("HUNGOV", "UKRGOV")) and c == "111" for s, _t, c in triples), triples


@pytest.mark.slow
def test_the_mfa_is_the_government(rules_coder):
    text = "China's MFA summoned the Lithuanian charge d'affaires on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "CHNGOV" and t == "LTUGOV" and c == "114" for s, t, c in triples), triples


@pytest.mark.slow
def test_a_crowd_of_a_stateless_people_is_civilians_of_the_place(rules_coder):
    text = "In Diyarbakir, hundreds of Kurds took to the streets on Sunday."
    triples = event_triples(rules_coder, text)
    assert any(s == "TURCVL" and c.startswith("14") for s, _t, c in triples), triples


@pytest.mark.slow
def test_an_older_un_peace_operation_is_the_uns(rules_coder):
    text = "UNFICYP troops attacked the rebels near Famagusta on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNOPKO") and c.startswith("19") for s, _t, c in triples), triples


@pytest.mark.slow
def test_consumers_who_boycott_are_civilians(rules_coder):
    text = "In Seoul, consumers have boycotted Japanese cars since July."
    triples = event_triples(rules_coder, text)
    assert any(s == "KORCVL" and c.startswith("14") for s, _t, c in triples), triples


@pytest.mark.slow
def test_hijackers_are_unaligned_armed_men(rules_coder):
    text = "Hijackers threatened India on Friday."
    triples = event_triples(rules_coder, text)
    assert any(s.endswith("UAF") and c.startswith("13") for s, _t, c in triples), triples


@pytest.mark.slow
def test_the_treasury_is_the_government(rules_coder):
    text = "The US Treasury imposed sanctions on three Venezuelan officials on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "USAGOV" and c.startswith("16") for s, _t, c in triples), triples


@pytest.mark.slow
def test_government_aircraft_are_the_military(rules_coder):
    text = "In Chad, government aircraft bombed rebel positions near Abeche on Tuesday."
    triples = event_triples(rules_coder, text)
    assert any(s == "TCDMIL" and c.startswith("19") for s, _t, c in triples), triples
