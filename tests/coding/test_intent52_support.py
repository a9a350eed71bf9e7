"""An intention of diplomatic support is CAMEO's 032 (session 52): support, praise or a verbal
defence announced ("would support", "will defend") is an intent to provide diplomatic
cooperation; an agreement to be signed stays the residual intent 030. Sentences are written for
these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Chile said it would support Peru's candidate for the post.", "CHL", "PER", "032"),
        ("Turkey will defend Azerbaijan at the summit, the minister said.", "TUR", "AZE", "032"),
        ("Kenya will praise Uganda's mediation at the summit.", "KEN", "UGA", "032"),
        ("Norway will sign a fishing agreement with Iceland next month.", "NOR", "ISL", "030"),
    ],
)
def test_intended_support_is_diplomatic(rules_coder, text, source, target, cameo):
    triples = event_triples(rules_coder, text, date="2019-01-24")
    found = {(s[:3], t[:3] if t else None, c) for s, t, c in triples}
    assert (source, target, cameo) in found, triples
