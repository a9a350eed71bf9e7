"""Trade with a named buyer stopped: "halted grain sales to X", "suspended exports to X" (163,
an economic sanction), as "halted trade with X" already was.

Sentences written for these tests, through the coder.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan suspended its exports to North Korea on Monday.", "JPN", "PRK"),
        ("Canada halted wheat sales to Iran last year.", "CAN", "IRN"),
        ("Poland froze grain exports to Ukraine in April.", "POL", "UKR"),
    ],
)
def test_trade_stopped_to_a_buyer_is_a_sanction(coder, text, source, target):
    found = {
        (e.source.country, e.target.country if e.target else None, e.cameo)
        for e in coder.code_text(text)
    }
    assert (source, target, "163") in found
