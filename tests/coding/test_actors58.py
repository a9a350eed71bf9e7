"""Session 58's actor readings, each on sentences written for these tests.

- ``represented.py``: a person set off by commas with "for" (or "speaking for", "on behalf of")
  and a named party acts for that party ("Mr. Latimer, for Britain, praised"); "for his part"
  names no party.
- ``embedded_names.inside_longer``: an organisation's name at the end of a longer agent noun is
  part of it ("the National Security Council" is a government's, not the UN's).
- ``agents.yaml``: a firing squad is the military's.
- ``grammar.yaml`` ``divided_halves``: "the North" in a text on Vietnam is Vietnam; in a text on
  Korea that names Vietnam too, it stays North Korea (the divided country named most often).

Every case but the two that guard against over-reach fails at the session's start (df70ff35).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
    (
        "Mr. Hugh Latimer, for Britain, praised the restraint shown by the Greek government.",
        "1947-06-02",
        ("GBR", "GRC", "051"),
    ),
    (
        "Speaking for France, Mr. Jules Morel criticised the Soviet delegate.",
        "1948-10-22",
        ("FRA", "USR", "111"),
    ),
    (
        "Mr. Arvo Lind, on behalf of Finland, thanked the Swedish government.",
        "1940-01-10",
        ("FIN", "SWE", "051"),
    ),
    (
        "The National Security Council in Manila criticised China on Monday.",
        "2023-08-07",
        ("PHL", "CHN", "111"),
    ),
    (
        "Seoul pledged troops to Vietnam. Hanoi rejected the offer. "
        "On Thursday Washington halted the bombing of the North.",
        "1965-05-13",
        ("USA", "VNM", "087"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_the_actor_is_read(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples


def test_a_firing_squad_acts_for_the_state(rules_coder):
    triples = event_triples(
        rules_coder, "In Athens, firing squads executed 24 prisoners at dawn.", date="1948-05-04"
    )
    assert any(s.startswith("GRCMIL") for s, _, _ in triples), triples


def test_for_his_part_names_no_party(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Greek envoy arrived on Monday. Mr. Tom Hale, for his part, condemned the Libyan raid.",
        date="1986-04-16",
    )
    assert not any(s.startswith("GRC") and c == "111" for s, _, c in triples), triples


def test_the_north_in_a_text_on_korea_stays_north_korea(rules_coder):
    triples = event_triples(
        rules_coder,
        "North Korea and South Korea met in Hanoi. Seoul accused the North of firing missiles. "
        "South Korea said the North had lied.",
        date="2019-03-01",
    )
    assert has_event(triples, "KOR", "PRK", "1123"), triples
