"""A territory's organs under the state that governed it (actors/data/dependencies.yaml,
coding/eras.py ``governed``): the police in Algiers in 1957 were France's, its people stay
Algeria's. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import event_triples

from multivector.actors import country_codes, organs, ruler_on, territories


def test_ruler_on_reads_the_dependency_table():
    assert ruler_on("DZA", dt.date(1957, 3, 1)) == "FRA"
    assert ruler_on("DZA", dt.date(1962, 7, 4)) == "FRA"
    assert ruler_on("DZA", dt.date(1962, 7, 5)) is None
    assert ruler_on("MOZ", dt.date(1970, 1, 1)) == "PRT"
    assert ruler_on("KEN", dt.date(1964, 1, 1)) is None
    assert ruler_on("DZA", None) is None
    assert ruler_on("FRA", dt.date(1957, 3, 1)) is None


def test_the_dependency_table_names_known_states_and_organs():
    known = country_codes()
    assert territories() and {"GOV", "MIL", "COP"} <= organs()
    for territory, periods in territories().items():
        assert territory in known
        assert all(state in known and state != territory for state, _s, _e in periods)


@pytest.mark.slow
def test_organs_placed_in_a_colony_act_for_its_governing_state(rules_coder):
    text = "Police in Algiers detained sixty people on Monday."
    assert ("FRACOP", "DZACVL", "173") in event_triples(rules_coder, text, date="1955-03-02")
    assert ("DZACOP", "DZACVL", "173") in event_triples(rules_coder, text, date="1975-03-02")


@pytest.mark.slow
def test_the_events_own_date_decides_in_a_retrospective(rules_coder):
    text = "In March 1957, police in Algiers arrested hundreds of men in the Casbah."
    assert any(s == "FRACOP" for s, _t, _c in event_triples(rules_coder, text, date="2001-05-01"))


@pytest.mark.slow
def test_an_organ_the_text_names_by_its_country_keeps_it(rules_coder):
    named = "Algerian police arrested ten men on Monday."
    assert any(s == "DZACOP" for s, _t, _c in event_triples(rules_coder, named, date="1957-01-07"))
    owned = "The Government of India closed Indian airfields to Dutch aircraft."
    assert any(s == "INDGOV" for s, _t, _c in event_triples(rules_coder, owned, date="1947-08-01"))


@pytest.mark.slow
def test_a_government_other_states_recognise_is_the_territorys_own(rules_coder):
    text = (
        "ALGIERS, Sept. 20 - Fighting went on across Algeria this week. Yugoslavia recognised "
        "the provisional government on Saturday. Police in Algiers arrested forty men."
    )
    triples = event_triples(rules_coder, text, date="1958-09-20")
    assert ("YUG", "DZAGOV", "054") in triples
    assert ("FRACOP", "DZA", "173") in triples
