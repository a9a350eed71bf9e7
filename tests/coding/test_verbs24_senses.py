"""verbs24: finite verbs that had no pattern for an event sense of theirs: a resignation
accepted (0831), a body left (160), people taken prisoner (181), a place taken by an armed force
(192), a bomb that goes off (183), a crowd that gathers (141), vessels blocked at sea (191), a case
launched against a state (115), a war or an invasion launched (190, 192), rescuers let in (0863).
Each sense is checked against a sense of the same verb that is no event. Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


def test_a_resignation_accepted_is_a_change_of_leadership(rules_coder):
    assert "0831" in codes(rules_coder, "Kenya's president accepted the resignation of the cabinet.")


def test_an_invitation_accepted_is_no_change_of_leadership(rules_coder):
    assert "0831" not in codes(rules_coder, "Kenya's president accepted an invitation from Uganda.")


def test_a_state_that_leaves_a_trade_bloc_reduces_relations(rules_coder):
    assert "160" in codes(rules_coder, "Paraguay left the Andean trade bloc in 2023.")


def test_a_president_who_leaves_a_court_or_a_town_reduces_nothing(rules_coder):
    assert "160" not in codes(rules_coder, "The Chilean president left the court after the hearing.")
    assert "160" not in codes(rules_coder, "The Peruvian minister left Lima for Quito on Monday.")


def test_soldiers_taken_prisoner_are_captured(rules_coder):
    assert "181" in codes(rules_coder, "Peruvian troops took forty Ecuadorian sailors prisoner.")


def test_a_town_taken_by_rebel_fighters_is_occupied(rules_coder):
    assert "192" in codes(rules_coder, "Rebel fighters took the town of Goma.")


def test_a_delegation_that_takes_a_train_occupies_nothing(rules_coder):
    assert "192" not in codes(rules_coder, "The Kenyan delegation took a train to Mombasa.")


def test_a_bomb_that_goes_off_is_a_bombing(rules_coder):
    got = codes(rules_coder, "A bomb went off in a market in Peshawar, killing six people.")
    assert {c for c in got if c.startswith("183")}, got


def test_an_economy_that_explodes_is_no_bombing(rules_coder):
    got = codes(rules_coder, "The Pakistani economy exploded in 2005.")
    assert not {c for c in got if c.startswith("183")}, got


def test_a_crowd_that_gathers_rallies(rules_coder):
    got = codes(rules_coder, "A crowd of thousands gathered on the main square of Tbilisi.")
    assert {c for c in got if c.startswith("141")}, got


def test_ministers_who_gather_do_not_rally(rules_coder):
    got = codes(rules_coder, "Ministers of Chile and Peru gathered in Geneva on Monday.")
    assert not {c for c in got if c.startswith("141")}, got


def test_a_boat_blocked_at_sea_is_a_blockade(rules_coder):
    text = "Chinese coast guard ships blocked a Vietnamese supply boat near the reef."
    assert "191" in codes(rules_coder, text)


def test_a_proposal_blocked_is_no_blockade(rules_coder):
    assert "191" not in codes(rules_coder, "Vietnam blocked the Chinese proposal.")


def test_a_case_launched_against_a_state_is_a_lawsuit(rules_coder):
    text = "Brazil launched a case against Argentina at the World Trade Organization."
    assert ("BRA", "ARG", "115") in event_triples(rules_coder, text)


def test_a_satellite_launched_is_no_lawsuit(rules_coder):
    assert "115" not in codes(rules_coder, "Brazil launched a new weather satellite.")


def test_a_war_or_an_invasion_launched_is_force(rules_coder):
    assert "190" in codes(rules_coder, "Ethiopia launched a war on Eritrea in 1998.")
    assert "192" in codes(rules_coder, "Eritrea launched an invasion of Djibouti on Monday.")
    assert "190" in codes(rules_coder, "Eritrea launched a military campaign against Djibouti.")


def test_a_vaccination_campaign_launched_is_no_force(rules_coder):
    assert not codes(rules_coder, "Chile launched a vaccination campaign against Bolivia's flu.") & {
        "190",
        "192",
    }


def test_relief_teams_let_in_are_humanitarian_access(rules_coder):
    assert "0863" in codes(rules_coder, "Myanmar allowed in relief teams from Thailand.")


def test_recognition_switched_to_a_government_recognises_it(rules_coder):
    got = event_triples(rules_coder, "Panama switched recognition to Beijing in 2017.")
    assert {c for _s, _t, c in got} == {"054"}, got


def test_recognition_switched_away_from_a_government_breaks_with_it(rules_coder):
    got = event_triples(rules_coder, "Panama switched its recognition from Taiwan in 2017.")
    assert ("PAN", "TWN", "161") in got, got


def test_a_force_whose_activation_is_ordered_is_mobilised(rules_coder):
    text = "The African Union on Monday ordered the activation of a regional standby force."
    assert "154" in codes(rules_coder, text)


def test_a_deployment_only_described_is_no_event(rules_coder):
    text = "The deployment of troops is a matter for parliament, Serbia said."
    assert "154" not in codes(rules_coder, text)


def test_necessary_measures_announced_against_a_state_are_a_veiled_threat(rules_coder):
    text = "Beijing warned that China will take necessary measures against Vilnius."
    assert ("LTUGOV", "130") in {(t, c) for _s, t, c in event_triples(rules_coder, text)}


def test_measures_to_curb_inflation_are_no_threat(rules_coder):
    assert not codes(rules_coder, "The central bank will take measures to curb inflation.")


def test_a_state_open_to_talks_offers_to_negotiate(rules_coder):
    text = "Ecuador is open to talks with Colombia, the minister said."
    assert ("ECU", "COL", "036") in event_triples(rules_coder, text)


def test_a_border_open_to_trade_offers_nothing(rules_coder):
    assert not codes(rules_coder, "The Colombian border remained open to trade.")
