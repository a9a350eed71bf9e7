"""Session 53: a group the text gives no country, acted on by an actor that has one, is that
actor's own ("police arrested 400 people"); a group with no country that uses force on a named
side is of that side's country ("gunmen killed five Malian soldiers"). Unit tests of
``own_people`` on actors built by hand, and sentences written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.own_people import OWN_PEOPLE, own_people
from multivector.model import Actor

AGENTS = ["CVL", "REB", "UAF"]
FORCE = ["18", "19", "20"]


def agent(code: str) -> Actor:
    return Actor(text=code.lower(), code=code, country=None, kind="agent")


def test_a_countryless_people_target_is_the_sources_own():
    police = Actor(text="police", code="VNMCOP", country="VNM", kind="agent")
    [(s, t)] = own_people([(police, agent("CVL"))], AGENTS, "173", FORCE)
    assert s is police
    assert (t.code, t.country, t.resolved_by) == ("VNMCVL", "VNM", OWN_PEOPLE)


def test_a_countryless_armed_source_takes_its_targets_country_only_in_force():
    soldiers = Actor(text="soldiers", code="MLIMIL", country="MLI", kind="agent")
    [(s, _t)] = own_people([(agent("UAF"), soldiers)], AGENTS, "190", FORCE)
    assert (s.code, s.country) == ("MLIUAF", "MLI")
    [(s, _t)] = own_people([(agent("UAF"), soldiers)], AGENTS, "112", FORCE)
    assert s.country is None


def test_agents_not_listed_and_sourceless_acts_are_left_alone():
    ngo = agent("NGO")
    state = Actor(text="Chad", code="TCD", country="TCD")
    assert own_people([(state, ngo)], AGENTS, "043", FORCE) == [(state, ngo)]
    unknown = Actor(text="", code="---", country=None, kind="other")
    people = agent("CVL")
    assert own_people([(unknown, people)], AGENTS, "173", FORCE) == [(unknown, people)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two countries named once each: no focus gives the people a country
        ("Ghanaian police arrested 30 people after Togo closed the border.", ("GHACOP", "GHACVL")),
        ("After talks with Togo, Ghana's government freed 12 prisoners.", ("GHAGOV", "GHACVL")),
        ("Gunmen killed five Malian soldiers near the Niger border.", ("MLIUAF", "MLIMIL")),
    ],
)
def test_people_acted_on_at_home(rules_coder, text, expected):
    triples = event_triples(rules_coder, text, date="2023-02-10")
    assert any((s, t) == expected for s, t, _c in triples), triples
