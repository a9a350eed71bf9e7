"""accuse19: eased restrictions (081), claims of responsibility (015), responsibility laid in a
report (112/1124), a legislature addressed is the speaker's own. Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_suspended_limits_are_an_easing_not_reduced_relations(rules_coder):
    text = "Chile and Peru suspended their overlapping fishing limits on Monday."
    triples = event_triples(rules_coder, text)
    assert any(c == "081" for _s, _t, c in triples), triples
    assert not any(c == "160" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_restricted_zone_lifted_is_an_easing(rules_coder):
    text = "Egypt lifted the restricted zone around the Rafah crossing on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "EGY" and c == "081" for s, _t, c in triples), triples


@pytest.mark.slow
def test_suspended_ties_stay_reduced_relations(rules_coder):
    text = "Morocco suspended its cooperation agreement with Germany on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "MAR" and c.startswith("16") for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_claimed_attack_is_towards_the_attacked(rules_coder):
    text = "Gunmen attacked an Israeli army post on Monday. Hamas later claimed the attack."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("PSE") and t == "ISR" and c == "015" for s, t, c in triples), triples


@pytest.mark.slow
def test_a_group_saying_it_killed_claims_responsibility(rules_coder):
    text = "Hamas said it had fired rockets at Israeli towns on Sunday."
    triples = event_triples(rules_coder, text)
    assert any(
        s.startswith("PSE") and (t or "").startswith("ISR") and c == "015"
        for s, t, c in triples
    ), triples


@pytest.mark.slow
def test_a_state_saying_its_forces_struck_claims_nothing(rules_coder):
    text = "Israel said its jets had struck Hamas positions on Sunday."
    triples = event_triples(rules_coder, text)
    assert not any(c == "015" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_an_admission_of_ones_own_act_is_a_claim(rules_coder):
    text = "Iran admitted that its air defences had shot down a Ukrainian airliner."
    triples = event_triples(rules_coder, text, date="2020-01-11")
    assert any(s.startswith("IRN") and c == "015" for s, _t, c in triples), triples


@pytest.mark.slow
def test_responsibility_laid_on_another_is_an_accusation(rules_coder):
    text = "Ukraine said Russian forces were responsible for the blast at the dam."
    triples = event_triples(rules_coder, text)
    assert any(
        s.startswith("UKR") and (t or "").startswith("RUS") and c.startswith("112")
        for s, t, c in triples
    ), triples


@pytest.mark.slow
def test_responsibility_as_a_duty_is_no_accusation(rules_coder):
    text = "France said the United Nations was responsible for the security of the camps."
    triples = event_triples(rules_coder, text)
    assert not any(c.startswith("112") for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_war_crime_with_responsibility_is_accused_as_a_war_crime(rules_coder):
    text = (
        "The French foreign minister told parliament on Tuesday that crimes against humanity "
        "had been committed and that the junta of Myanmar bears responsibility."
    )
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("FRA") and (t or "").startswith("MMR") and c == "1124"
               for s, t, c in triples), triples


@pytest.mark.slow
def test_an_agentless_war_crime_accuses_the_storys_latest_attacker(rules_coder):
    text = (
        "Sudanese troops attacked villages in the province in June. The French foreign "
        "minister told parliament on Tuesday that genocide had been committed in the province."
    )
    triples = event_triples(rules_coder, text, date="2004-09-10")
    assert any(s.startswith("FRA") and (t or "").startswith("SDN") and c == "1124"
               for s, t, c in triples), triples


@pytest.mark.slow
def test_a_reported_shelling_is_an_accusation_of_aggression(rules_coder):
    text = "Armenia said Azerbaijani troops had shelled its border villages."
    triples = event_triples(rules_coder, text)
    assert any(s == "ARM" and c == "1123" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_senate_addressed_is_the_speakers_own(rules_coder):
    text = (
        "The French foreign minister told the Senate on Tuesday that Sudan had violated the "
        "ceasefire in Darfur."
    )
    triples = event_triples(rules_coder, text)
    assert not any((t or "").startswith("SDNLEG") or t == "LEG" for _s, t, _c in triples), triples
    assert any(s.startswith("FRA") and (t or "").startswith("SDN") for s, t, _c in triples), triples


@pytest.mark.slow
def test_a_foreign_parliament_named_stays_that_countrys(rules_coder):
    text = "The Kenyan president addressed the Ugandan parliament on Tuesday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("KEN") and t == "UGALEG" for s, t, _c in triples), triples


@pytest.mark.slow
def test_the_perpetrators_of_an_agentless_war_crime_follow_their_own_policy(
    rules_coder, monkeypatch
):
    from multivector.coding import responsibility

    assert responsibility.perpetrator_codes() == ("18", "19", "20")
    text = (
        "Sudanese troops attacked villages in the province in June. The French foreign "
        "minister told parliament on Tuesday that genocide had been committed in the province."
    )
    monkeypatch.setattr(responsibility, "perpetrator_codes", lambda: ("14",))
    triples = event_triples(rules_coder, text, date="2004-09-10")
    assert not any(c == "1124" for _s, _t, c in triples), triples
