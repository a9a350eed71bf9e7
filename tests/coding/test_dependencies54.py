"""A territory's organs under the state that governed it (actors/data/dependencies.yaml,
coding/eras.py ``governed``): the police in Algiers in 1957 were France's, its people stay
Algeria's. Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import event_triples

from multivector.actors import country_codes, ruler_on, territories
from multivector.coding.actors import STATE_AGENTS


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
    assert territories() and {"GOV", "MIL", "COP"} <= STATE_AGENTS
    for territory, periods in territories().items():
        assert territory in known
        assert all(state in known and state != territory for state, _s, _e in periods)


RECOGNISED = (
    "ALGIERS, Sept. 20 - Fighting went on across Algeria this week. Yugoslavia recognised "
    "the provisional government on Saturday. Police in Algiers arrested forty men."
)
# (text, date, source, target or None for any, code prefix)
CASES = [
    # organs placed in a colony act for its governing state, until independence
    ("Police in Algiers detained sixty people on Monday.", "1955-03-02", "FRACOP", "DZACVL", "173"),
    ("Police in Algiers detained sixty people on Monday.", "1975-03-02", "DZACOP", "DZACVL", "173"),
    # the event's own date decides in a retrospective
    (
        "In March 1957, police in Algiers arrested hundreds of men in the Casbah.",
        "2001-05-01",
        "FRACOP",
        None,
        "17",
    ),
    # an organ the text names by its country keeps it
    ("Algerian police arrested ten men on Monday.", "1957-01-07", "DZACOP", None, "17"),
    (
        "The Government of India closed Indian airfields to Dutch aircraft.",
        "1947-08-01",
        "INDGOV",
        None,
        "",
    ),
    # a government other states recognise is the territory's own; the police stay France's
    (RECOGNISED, "1958-09-20", "YUG", "DZAGOV", "054"),
    (RECOGNISED, "1958-09-20", "FRACOP", "DZA", "173"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "source", "target", "code"), CASES)
def test_a_colonys_organs_are_its_governing_states(rules_coder, text, date, source, target, code):
    triples = event_triples(rules_coder, text, date=date)
    assert any(
        s == source and (target is None or t == target) and c.startswith(code)
        for s, t, c in triples
    ), triples
