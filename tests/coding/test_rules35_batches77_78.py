"""rules35: families of the language met in batches 77-78's misses, each written for the
language, not for one sentence: a dateline that names a capital the gazetteer leaves out or
shares with towns abroad, and the secretariat or chair of an organisation speaking for it.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dateline_country import capital_country
from multivector.coding.focus_country import dateline_country
from multivector.coding.gazetteer import load_gazetteer


def has_event(triples, source: str, target: str, code: str) -> bool:
    """Whether an event of ``code`` goes from an actor of ``source`` to one of ``target``."""
    return any(
        s.startswith(source) and (t or "").startswith(target) and c == code for s, t, c in triples
    )


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
