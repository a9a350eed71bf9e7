"""Joint patrols and exercises begun, mounted or resumed are military cooperation (062).

Sentences written for these tests, coded end to end with the rules only.
"""

from __future__ import annotations

import pytest


def _coded(coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, "2024-05-01")
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya and Uganda began joint patrols along the border.", {"KEN", "UGA"}),
        (
            "Kenyan and Ugandan troops have mounted joint patrols along the border.",
            {"KENMIL", "UGAMIL"},
        ),
        ("India resumed joint exercises with Japan after a two-year pause.", {"IND", "JPN"}),
    ],
)
def test_joint_patrols_begun_are_military_cooperation(rules_coder, text, pair):
    got = _coded(rules_coder, text)
    assert any({s, t} == pair and c == "062" for s, t, c in got), got


def test_patrols_that_are_not_joint_are_no_cooperation(rules_coder):
    assert not any(
        c == "062" for _s, _t, c in _coded(rules_coder, "Kenyan police began patrols in Nairobi.")
    )
