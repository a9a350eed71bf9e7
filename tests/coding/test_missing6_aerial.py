"""An air arm named as a whole is an aircraft subject: "Russian aviation bombed the town" is
aerial bombing (195), as "Russian jets bombed the town" is.

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
    "text",
    [
        "Russian aviation bombed the town of Gori.",
        "Syrian military aviation struck a hospital in Idlib on Sunday.",
        "Ukrainian naval aviation attacked a Russian landing ship near Crimea.",
    ],
)
def test_an_air_arm_subject_is_an_aerial_attack(coder, text):
    codes = {e.cameo for e in coder.code_text(text)}
    assert "195" in codes
