"""Breakaway regions belong to the state the world recognises as their owner, as Crimea does
(actors/data/countries.yaml): Abkhazia and South Ossetia are Georgia's, Nagorno-Karabakh is
Azerbaijan's. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow recognised South Ossetia as an independent state on Tuesday.", "GEO"),
        ("Russia recognised Abkhazia as an independent state.", "GEO"),
        ("Armenia sent humanitarian aid to Nagorno-Karabakh on Monday.", "AZE"),
    ],
)
def test_a_recognised_owner_is_the_target(rules_coder, text, expected):
    events = event_triples(rules_coder, text)
    assert any(t and t.startswith(expected) for _, t, _ in events), events


@pytest.mark.slow
def test_a_south_ossetian_force_is_georgian(rules_coder):
    events = event_triples(rules_coder, "South Ossetian militias shelled Russian positions.")
    assert any(s.startswith("GEO") for s, _, c in events if c.startswith("19")), events
