"""Whose state organ a domestic actor acts on, and protests at a foreign mission.

- "Opposition lawmakers accused the cabinet": a country's own critics, parties, people and
  insurgents speak of their own state's organs, even when another country was named last
  (coding/organ_owner.py, ``domestic_home``).
- "Students protested outside the German embassy": a protest at a country's diplomatic mission
  is aimed at that country (coding/arguments.py, ``ArgumentFinder.mission_target``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.coding.organ_owner import domestic_home

home = domestic_home


def test_a_domestic_critic_acts_on_its_own_state():
    assert home("GOV", {"MNGLEG", "MNG"}) == "MNG"
    assert home("GOV", {"MDAOPP", "MDA"}) == "MDA"
    assert home("MIL", {"COLREB", "COL"}) == "COL"


def test_no_home_for_states_foreign_sources_or_non_state_targets():
    assert home("GOV", {"RUS"}) is None  # "Russia accused the government": another state
    assert home("GOV", {"RUSGOV", "RUS"}) is None  # a government's own kind
    assert home("LEG", {"KENLEG", "KEN"}) is None  # lawmakers on "the parliament": same kind
    assert home("CVL", {"KENOPP", "KEN"}) is None  # not a state organ
    assert home("GOV", {"KENOPP", "KEN", "UGAOPP", "UGA"}) is None  # two countries
    assert home("GOV", {"KENOPP", "KEN", "TZA"}) is None  # a foreign state among the sources


def _dyads(coder, text: str) -> set[tuple[str, str | None]]:
    return {(s, t) for s, t, _ in _events(coder, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Opposition parties that want closer ties with Moscow accused the government of "
            "betraying Moldova.",
            ("MDAOPP", "MDAGOV"),
        ),
        (
            "Mongolia buys most of its fuel from Russia. Opposition lawmakers accused the "
            "cabinet on Friday of ruining the economy.",
            ("LEG", "GOV"),
        ),
        (
            "Kenya's opposition leaders criticised the government after officials met Chinese "
            "investors in Beijing.",
            ("KENOPP", "KENGOV"),
        ),
    ],
)
def test_the_government_of_a_domestic_critic_is_its_own(coder, text, dyad):
    dyads = _dyads(coder, text)
    src, tgt = dyad
    assert any(
        s.endswith(src) and t is not None and t.endswith(tgt) and s[:3] == t[:3] for s, t in dyads
    ), dyads


@pytest.mark.slow
def test_a_foreign_state_still_accuses_another_government(coder):
    dyads = _dyads(coder, "Russia accused the government of lying about the incident in Georgia.")
    assert ("RUS", "GEOGOV") in dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tajik lorry drivers protested outside the Uzbek embassy in Dushanbe.", "TJK", "UZB"),
        (
            "Hundreds of Serbian students demonstrated in front of the German embassy in "
            "Belgrade on Friday.",
            "SRB",
            "DEU",
        ),
        ("Greek farmers protested at the Turkish consulate in Thessaloniki.", "GRC", "TUR"),
    ],
)
def test_a_protest_at_a_mission_targets_its_country(coder, text, source, target):
    events = _events(coder, text)
    assert any(
        s.startswith(source) and t is not None and t.startswith(target) and c.startswith("14")
        for s, t, c in events
    ), events
