"""rules14: security forces firing on a crowd (a gathering of people in the open: `CROWD` in
coding/data/verbs.yaml) is crowd control, violent repression (175), as firing on protesters is;
firing on another armed force stays fighting (19x). Sentences are written for these tests (none
is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kenyan troops opened fire on a crowd in Nairobi.", "KENMIL"),
        ("Ugandan soldiers fired on a funeral procession in Kampala.", "UGAMIL"),
        ("Bolivian police fired into the crowd outside the palace.", "BOLCOP"),
    ],
)
def test_firing_on_a_crowd_is_repression(rules_coder, text, source):
    triples = event_triples(rules_coder, text)
    assert (source, "175") in {(s, c) for s, _t, c in triples}
    assert not any(c.startswith("19") for _s, _t, c in triples)


@pytest.mark.slow
def test_firing_on_soldiers_is_still_fighting(rules_coder):
    triples = event_triples(rules_coder, "Chilean troops opened fire on Peruvian border guards.")
    assert ("CHLMIL", "PERMIL", "193") in triples
