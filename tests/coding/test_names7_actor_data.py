"""The session-6 breadth of the actor dictionaries (actors/data/organizations.yaml, agents.yaml).

Non-state groups and state bodies named without their country are coded country + agent
(+ tag); these checks keep the breadth well-formed as it grows.
"""

from __future__ import annotations

import collections
import re

import pytest

from multivector.actors import ActorData, load_actor_data


@pytest.fixture(scope="module")
def data() -> ActorData:
    return load_actor_data()


def test_country_coded_entries_name_a_known_country_and_agent(data: ActorData) -> None:
    countries = {c.code for c in data.countries}
    agents = {a.code for a in data.agents}
    for o in data.organizations:
        if o.kind not in ("nsa", "state"):
            continue
        assert re.fullmatch(r"(?:[A-Z]{3}){2,4}", o.code), o.code
        home, agent = o.code[:3], o.code[3:6]
        assert home in countries | ({"IMG"} if o.kind == "nsa" else set()), o.code
        assert agent in agents, f"{o.code}: unknown agent code {agent}"


def test_no_name_names_two_actors(data: ActorData) -> None:
    """A name (any case) belongs to one organisation, and is not also a country's name,
    adjective, demonym or seat of government."""
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for o in data.organizations:
        for n in o.names:
            owners[n.casefold()].add(o.code)
    for c in data.countries:
        for n in (*c.names, *c.adjectives, *c.demonyms):
            if n.casefold() in owners:
                owners[n.casefold()].add(c.code)
        for cap in c.capitals:
            if cap.name.casefold() in owners:
                owners[cap.name.casefold()].add(c.code + "GOV")
    assert {n: c for n, c in owners.items() if len(c) > 1 and n != "guam"} == {}


def test_no_organisation_lists_a_name_twice(data: ActorData) -> None:
    for o in data.organizations:
        assert len(o.names) == len(set(o.names)), o.code


def test_mixed_case_names_are_not_english_words(data: ActorData) -> None:
    """A name that is neither all capitals nor capitalised like a proper name is matched with
    its first letter capitalised too ("LeT" would match "Let"): such names must not be words."""
    words = {"let", "us", "it", "as", "am", "is", "be", "in", "on", "no", "or", "an"}
    for o in data.organizations:
        for n in o.names:
            assert n.casefold() not in words, (o.code, n)


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("Lord's Resistance Army", "UGAREB"),
        ("Shining Path", "PERREB"),
        ("Haqqani network", "AFGREB"),
        ("Kataib Hezbollah", "IRQUAF"),
        ("Wagner Group", "RUSUAF"),
        ("Sinaloa cartel", "MEXCRM"),
        ("Likud", "ISRPTY"),
        ("Fidesz", "HUNPTY"),
        ("Economic Freedom Fighters", "ZAFOPP"),
        ("Knesset", "ISRLEG"),
        ("Lok Sabha", "INDLEG"),
        ("Mossad", "ISRSPY"),
        ("FSB", "RUSSPY"),
        ("Carabinieri", "ITACOP"),
        ("Pentagon", "USAMIL"),
        ("Bank of Japan", "JPNGOV"),
        ("Xinhua", "CHNMED"),
        ("KCNA", "PRKMED"),
    ],
)
def test_breadth_entries(data: ActorData, name: str, prefix: str) -> None:
    (found,) = [o for o in data.organizations if name in o.names]
    assert found.code.startswith(prefix)


def test_new_agent_nouns(data: ActorData) -> None:
    def code(noun: str) -> str:
        (found,) = [a.code for a in data.agents if noun in a.nouns]
        return found

    assert code("coastguard") == "MIL"
    assert code("spy chief") == "SPY"
    assert code("opposition activist") == "OPP"
    assert code("kingpin") == "CRM"
    assert code("humanitarian group") == "NGO"
