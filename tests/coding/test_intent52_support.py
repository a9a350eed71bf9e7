"""An intention of diplomatic support is CAMEO's 032 (session 52): support, praise or a verbal
defence announced ("would support", "will defend") is an intent to provide diplomatic
cooperation; an agreement to be signed stays the residual intent 030."""

from __future__ import annotations

import pytest

from multivector.coding.coder import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


@pytest.mark.parametrize(
    ("text", "source", "target", "cameo"),
    [
        ("Chile said it would support Peru's candidate for the post.", "CHL", "PER", "032"),
        ("Turkey will defend Azerbaijan at the summit, the minister said.", "TUR", "AZE", "032"),
        ("Kenya will praise Uganda's mediation at the summit.", "KEN", "UGA", "032"),
        ("Norway will sign a fishing agreement with Iceland next month.", "NOR", "ISL", "030"),
    ],
)
def test_intended_support_is_diplomatic(coder, text, source, target, cameo):
    events = coder.code_text(text, date="2019-01-24")
    found = {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo) for e in events}
    assert (source, target, cameo) in found
