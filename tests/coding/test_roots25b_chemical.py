"""roots25b: chemical, biological and radiological weapons (CAMEO 2041) named as a violent act's
instrument, or as what the weapon fired or dropped carries, make the act 2041 whatever violence
it was coded as (shelling 194, an air strike 195); fire from an aircraft is aerial (195), whether
its verb is one of small arms or of shelling. Sentences written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples

from multivector.ontology.policy import load_policy


def _codes(coder, text: str) -> set[str]:
    return {c for _, _, c in event_triples(coder, text)}


def test_policy_chemical_kind_overrides_specific_violence():
    policy = load_policy()
    assert policy.instrument_code("194", "chemical") == "2041"
    assert policy.instrument_code("195", "chemical") == "2041"
    # other kinds still only refine the residual or a code below them
    assert policy.instrument_code("194", "bombing") is None
    # no violent act: no instrument code
    assert policy.instrument_code("111", "chemical") is None


def test_rockets_loaded_with_a_nerve_agent(coder):
    codes = _codes(coder, "Rebel fighters fired rockets loaded with sarin at the Ethiopian town of Gode.")
    assert "2041" in codes and "194" not in codes


def test_chemical_bombs_dropped_from_aircraft(coder):
    codes = _codes(coder, "Sudanese aircraft dropped chemical bombs on the Chadian town of Abeche.")
    assert "2041" in codes and "195" not in codes


def test_killing_with_a_poison_gas(coder):
    codes = _codes(coder, "Libyan soldiers killed two hundred Chadian villagers with mustard gas.")
    assert "2041" in codes


def test_a_chlorine_cylinder_dropped(coder):
    codes = _codes(coder, "A Syrian army helicopter dropped a chlorine cylinder on a Turkish village.")
    assert "2041" in codes


def test_rockets_loaded_with_explosives_stay_shelling(coder):
    codes = _codes(coder, "Rebel fighters fired rockets loaded with explosives at the Ethiopian town of Gode.")
    assert "2041" not in codes and any(c.startswith("19") for c in codes)


def test_an_aircraft_that_fires_on_people_uses_aerial_weapons(coder):
    codes = _codes(coder, "A Nigerian air force helicopter fired on villagers near the Cameroonian border.")
    assert "195" in codes and "193" not in codes


def test_soldiers_that_fire_on_people_use_small_arms(coder):
    codes = _codes(coder, "Nigerian soldiers fired on villagers near the Cameroonian border.")
    assert "193" in codes and "195" not in codes


def test_fire_traded_names_its_weapons(coder):
    codes = _codes(coder, "The Chadian and Sudanese armies traded mortar and artillery fire on Wednesday.")
    assert "194" in codes and "190" not in codes


def test_heavy_weapons_fire_exchanged(coder):
    codes = _codes(coder, "Malian troops and the rebels exchanged heavy weapons fire near Gao.")
    assert "194" in codes and "190" not in codes


def test_small_arms_fire_exchanged(coder):
    codes = _codes(coder, "Malian and Burkinabe soldiers exchanged small-arms fire near the border.")
    assert "193" in codes and "190" not in codes
