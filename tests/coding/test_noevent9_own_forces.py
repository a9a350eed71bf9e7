"""An agentless passive of force posture (CAMEO 15): the forces it names did it for their state.

Sentences written for these tests, coded end to end with the rules only.
"""

from __future__ import annotations

import pytest


def _coded(coder, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code_text(text, "2024-05-01")
    ]


def test_the_policy_names_force_posture():
    from multivector.ontology import load_ontology

    policy = load_ontology().policy
    assert policy.is_own_force_act("152")
    assert policy.is_own_force_act("154")
    assert not policy.is_own_force_act("173")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Indian troops were placed on high alert along the border with Pakistan.",
            ("INDMIL", "PAK", "152"),
        ),
        (
            "Extra Chinese troops were rushed to the border with India.",
            ("CHNMIL", "IND", "154"),
        ),
    ],
)
def test_passive_forces_on_alert_are_their_state_s_act(rules_coder, text, expected):
    assert expected in _coded(rules_coder, text)


def test_passive_police_on_alert_are_their_state_s_act(rules_coder):
    got = _coded(rules_coder, "Kenyan police were put on alert before the election.")
    assert [(s, c) for s, _t, c in got] == [("KENCOP", "151")]


def test_forces_tried_abroad_are_not_their_own_state_s_act(rules_coder):
    # an act not of force posture keeps the state of the place as the doer
    got = _coded(rules_coder, "Two Russian soldiers were put on trial in Kyiv on Monday.")
    assert got == [("UKR", "RUSMIL", "173")]


def test_civilians_on_alert_are_no_force(rules_coder):
    assert _coded(rules_coder, "Ukrainian civilians were placed on alert.") == []
