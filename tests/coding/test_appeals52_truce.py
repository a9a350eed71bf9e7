"""Appeals for a truce or a halt to fighting are appeals for de-escalation, CAMEO 0256 (session
52): "appealed for a ceasefire", "pressed for a halt to the fighting", not the residual 020."""

from __future__ import annotations

import pytest

from multivector.coding.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kenya appealed for an immediate ceasefire in South Sudan.", "KEN"),
        ("Norway pressed for a halt to the fighting in Abyei.", "NOR"),
        ("The African Union pleaded for a truce before the rains.", "IGOAFRAFU"),
        ("Ghana pushed for a ceasefire at the summit.", "GHA"),
    ],
)
def test_a_truce_called_for_is_an_appeal_for_de_escalation(coder, text, source):
    events = coder.code_text(text, date="2012-04-20")
    assert any(e.source.code.startswith(source[:3]) and e.cameo == "0256" for e in events), [
        (e.source.code, e.cameo, e.rule) for e in events
    ]
