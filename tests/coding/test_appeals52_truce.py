"""Appeals for a truce or a halt to fighting are appeals for de-escalation, CAMEO 0256 (session
52): "appealed for a ceasefire", "pressed for a halt to the fighting", not the residual 020.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kenya appealed for an immediate ceasefire in South Sudan.", "KEN"),
        ("Norway pressed for a halt to the fighting in Abyei.", "NOR"),
        ("The African Union pleaded for a truce before the rains.", "IGOAFRAFU"),
        ("Ghana pushed for a ceasefire at the summit.", "GHA"),
    ],
)
def test_a_truce_called_for_is_an_appeal_for_de_escalation(rules_coder, text, source):
    triples = event_triples(rules_coder, text, date="2012-04-20")
    assert any(s.startswith(source[:3]) and c == "0256" for s, _t, c in triples), triples
