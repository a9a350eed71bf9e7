"""codes9: appeals coded by the act they ask for, for acts the patterns did not name: limits
lifted are restrictions eased (an appeal for them 0251), a date set for elections is a change of
regime (0834; asked for, 0244), stepping back from the brink is de-escalation (087; asked for,
0256). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya urged Uganda to lift the limits on sugar imports.", "0251"),
        ("Kenya urged the junta to set a date for elections.", "0244"),
        ("Kenya urged Uganda to step back from the brink.", "0256"),
    ],
)
def test_an_appeal_takes_the_code_of_the_act_asked_for(rules_coder, text, code):
    assert {c for _, _, c in event_triples(rules_coder, text)} == {code}


def test_the_acts_themselves(rules_coder):
    assert {
        c for _, _, c in event_triples(rules_coder, "The junta in Mali set a date for elections.")
    } == {"0834"}
    assert {c for _, _, c in event_triples(rules_coder, "Uganda stepped back from the brink.")} == {
        "087"
    }


def test_stepping_back_from_a_plan_is_no_de_escalation(rules_coder):
    text = "The Ugandan minister stepped back from the plan."
    assert "087" not in {c for _, _, c in event_triples(rules_coder, text)}
