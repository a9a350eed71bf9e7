"""Agentless passives whose doer a reader supplies (ArgumentFinder.implied_agent).

- A state moves its own forces and envoys: "a Turkish frigate was sent to the area",
  "Spain's ambassador was recalled": the subject's own side acts.
- A host state summons or expels an envoy posted in it: "Chile's ambassador in Lima was
  summoned": Peru, the country of a place in the clause that is not the envoy's own.
- With no such place, or a subject that is no force or envoy of a named country, no event
  (rather than a guess).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Chile's ambassador in Lima was summoned on Tuesday.", "PER", "CHL", "11"),
        (
            "Ghana's high commissioner was summoned to the foreign ministry in Abuja on Friday.",
            "NGA",
            "GHA",
            "11",
        ),
        ("Two Swedish diplomats in Minsk were expelled on Monday.", "BLR", "SWE", "16"),
    ],
)
def test_a_host_state_summons_or_expels_an_envoy_posted_in_it(coder, text, source, target, root):
    events = _events(coder, text)
    assert any(
        s == source and (t or "").startswith(target) and c.startswith(root) for s, t, c in events
    ), events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        ("A Turkish frigate was sent to the eastern Mediterranean on Sunday.", "TURMIL", "15"),
        ("Additional Indian troops were deployed along the border last week.", "INDMIL", "15"),
        ("Spain's ambassador to Morocco was recalled for consultations.", "ESPGOV", "16"),
    ],
)
def test_a_state_moves_its_own_forces_and_envoys(coder, text, source, root):
    events = _events(coder, text)
    assert any(s == source and c.startswith(root) for s, _t, c in events), events


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Chile's ambassador was summoned on Tuesday.",  # no host named
        "Food aid was sent to the region on Sunday.",  # no force of a named country
        "Chile's ambassador in Santiago was summoned on Tuesday.",  # his own capital
    ],
)
def test_no_agent_is_guessed(coder, text):
    assert not _events(coder, text)
