"""Senses read from CAMEO's definitions (passive27): an armed force that moves troops into a
region shows force (154); troops that move into a town themselves take it (192). Sentences
written for these tests."""

from __future__ import annotations


def _codes(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, date="2021-03-10")
    ]


def test_an_army_moving_its_troops_shows_force(rules_coder):
    found = _codes(
        rules_coder, "The Chilean army moved about 2,000 troops and armoured vehicles into the border region."
    )
    assert [c for _s, _t, c in found] == ["154"]


def test_troops_moving_into_a_town_take_it(rules_coder):
    found = _codes(rules_coder, "Chilean troops moved into the Peruvian town of Tacna.")
    assert ("CHLMIL", "PER", "192") in found


def test_a_subject_pattern_with_an_object_of_another_kind_still_fits(rules_coder):
    found = _codes(rules_coder, "Peruvian prosecutors are investigating a Chilean farmer.")
    assert [c for _s, _t, c in found] == ["091"]


def test_a_passive_flight_carries_its_patient_and_is_no_visit(rules_coder):
    found = _codes(
        rules_coder, "The former Peruvian president was flown from Santiago to Lima by the Chilean air force."
    )
    assert not any(c == "042" for _s, _t, c in found)
    assert ("CHLGOV", "PERGOV", "042") in _codes(rules_coder, "The Chilean president flew to Lima on Monday.")


def test_an_agentless_legal_charge_is_legal_action_by_the_courts(rules_coder):
    found = _codes(rules_coder, "WELLINGTON - The gunman has been charged with murder.")
    assert [(s, c) for s, _t, c in found] == [("NZLJUD", "173")]


def test_an_agentless_accusation_stays_uncoded(rules_coder):
    assert _codes(rules_coder, "The Chilean foreign minister was accused of lying to parliament.") == []


def test_a_passive_visit_is_still_a_visit(rules_coder):
    found = _codes(rules_coder, "Peru was visited by the Chilean president on Monday.")
    assert ("CHLGOV", "PER", "042") in found


def test_engaged_in_is_the_act_itself_by_the_subject(rules_coder):
    found = _codes(
        rules_coder, "Chilean troops were engaged in heavy fighting with Peruvian forces near the border."
    )
    assert ("CHLMIL", "PERMIL", "190") in found
    found = _codes(rules_coder, "Chile has been engaged in negotiations with Peru since May.")
    # CAMEO 046 "engage in negotiation" (merge25: tied patterns take the most specific code also
    # without the classifier; this test had asserted the residual 040 the file's order gave)
    assert ("CHL", "PER", "046") in found
