"""roots22: the right event with the wrong root. A verb's CAMEO root decided by what it acts on
(envoys and monitors withdrawn, a town captured by its name, an armed force's tanks destroyed,
people seized, an international body left) or by its clause of purpose (troops sent to guard
or protect). Each sense is checked against the other sense of the same verb. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def codes(coder, text: str) -> set[str]:
    """The CAMEO codes of the events ``coder`` finds in ``text``."""
    return {code for _s, _t, code in event_triples(coder, text)}


def test_diplomats_withdrawn_from_a_capital_reduce_relations(rules_coder):
    found = codes(rules_coder, "Peru withdrew its diplomats from Caracas on Monday.")
    assert "161" in found and "0874" not in found, found


def test_troops_withdrawn_from_a_country_still_retreat(rules_coder):
    triples = event_triples(rules_coder, "Russia withdrew its troops from Georgia.")
    assert ("RUS", "GEO", "0874") in triples, triples


def test_monitors_pulled_out_of_a_region_are_observers_withdrawn(rules_coder):
    found = codes(rules_coder, "The OSCE pulled its monitors out of Kosovo.")
    assert "1662" in found and "0874" not in found, found


def test_a_town_captured_by_its_name_is_occupied(rules_coder):
    found = codes(rules_coder, "Tanzanian forces captured Kampala on 11 April 1979.")
    assert "192" in found and "173" not in found, found


def test_a_suspect_captured_is_still_arrested(rules_coder):
    found = codes(rules_coder, "Spanish police captured the suspect in Madrid.")
    assert "173" in found and "192" not in found, found


def test_tanks_destroyed_by_jets_are_an_air_attack(rules_coder):
    text = "British fighter jets destroyed three Iraqi tanks near Basra on Friday."
    found = codes(rules_coder, text)
    assert "195" in found and "1712" not in found, found


def test_weapons_destroyed_are_still_disarmament(rules_coder):
    found = codes(rules_coder, "Syria destroyed its chemical weapons.")
    assert "0873" in found and "190" not in found, found


def test_people_seized_are_detained_and_a_ship_seized_is_property(rules_coder):
    assert "173" in codes(rules_coder, "Honduran soldiers seized Manuel Zelaya at his home.")
    text = "Malaysia seized the Iranian bulk carrier Sea Pearl in June 2015."
    found = codes(rules_coder, text)
    assert "1711" in found and "173" not in found, found


def test_troops_sent_to_guard_another_country_are_protection(rules_coder):
    text = "Rwanda sent 1,000 soldiers to Mozambique to help fight an insurgency."
    triples = event_triples(rules_coder, text)
    assert ("RWA", "MOZ", "074") in triples, triples


def test_troops_sent_to_a_border_are_still_a_show_of_force(rules_coder):
    found = codes(rules_coder, "Russia sent troops to the border with Ukraine.")
    assert "154" in found and "074" not in found, found


def test_troops_sent_for_another_purpose_are_no_protection(rules_coder):
    found = codes(rules_coder, "Russia deployed troops to intimidate Ukraine.")
    assert "074" not in found, found


def test_leaving_an_international_body_reduces_relations(rules_coder):
    triples = event_triples(rules_coder, "Morocco withdrew from the Organisation of African Unity in 1984.")
    assert ("MAR", "IGOAFROAU", "160") in triples, triples


def test_an_army_leaving_a_country_still_retreats(rules_coder):
    found = codes(rules_coder, "The Vietnamese army withdrew from Cambodia by September 1989.")
    assert "0874" in found and "160" not in found, found


def test_five_dozen_villagers_killed_are_a_mass_killing(rules_coder):
    text = "Sudanese troops killed five dozen villagers in Darfur."
    assert "202" in codes(rules_coder, text)


def test_a_number_word_with_its_multiplier_counts_the_victims(rules_coder):
    text = "Serbian forces killed some eight thousand Bosnian men and boys near the town."
    assert "202" in codes(rules_coder, text)


def test_dozens_of_soldiers_killed_are_no_mass_killing(rules_coder):
    found = codes(rules_coder, "Sudanese rebels killed dozens of Chadian soldiers.")
    assert "190" in found and "202" not in found, found
