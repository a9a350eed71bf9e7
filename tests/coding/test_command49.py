"""command49: a force's command speaks and acts for it ("the army command denied", "the federal
command announced a truce"): the armed forces of its state. Sentences are written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Yugoslav army high command accused Slovenia of treachery.", "YUGMIL"),
        ("The Peruvian army command refused to hand the names to the commission.", "PERMIL"),
    ],
)
def test_a_command_is_its_states_armed_forces(rules_coder, text, source):
    triples = event_triples(rules_coder, text, date="1991-07-02")
    assert any(s == source for s, _t, _c in triples), triples
