"""Session 53: whatever others are asked to settle or resolve is a dispute, and a settlement
they are asked to seek or negotiate is one asked for: CAMEO 027, appeal to settle a dispute,
not the residual 020. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway urged Khartoum to settle the status of the border towns.", "NOR", "SDN"),
        ("Ghana asked Togo to resolve the remaining questions before June.", "GHA", "TGO"),
        ("Kenya called on Uganda to seek a negotiated settlement with the rebels.", "KEN", "UGA"),
        ("Brazil pressed Bolivia to negotiate a settlement of the gas contracts.", "BRA", "BOL"),
    ],
)
def test_a_settlement_asked_of_others_is_an_appeal_to_settle(rules_coder, text, source, target):
    triples = event_triples(rules_coder, text, date="2011-07-08")
    assert any(
        s.startswith(source) and (t or "").startswith(target) and c == "027"
        for s, t, c in triples
    ), triples


def test_settling_a_dispute_oneself_is_no_appeal(rules_coder):
    triples = event_triples(
        rules_coder, "Ghana and Togo settled their border dispute in June.", date="2011-07-08"
    )
    assert not any(c.startswith("02") for _s, _t, c in triples), triples
