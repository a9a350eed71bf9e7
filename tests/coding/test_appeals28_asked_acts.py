"""appeals28: appeals coded by the act asked for where the act has no pattern of its own: to
reconsider with no object (0242), to allow an inquiry, investigators or aid workers in (0255), to
enter or join talks (026); compensation asked for is money asked for (0231); to drop charges (0253), to reverse (0242).
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ghana urged Togo to reconsider.", "0242"),
        ("Ghana urged Togo to allow an independent inquiry into the shootings.", "0255"),
        ("Ghana called on Togo to allow aid workers into the camps.", "0255"),
        ("Ghana asked Togo to enter negotiations.", "026"),
        ("Ghana asked Togo to join the talks.", "026"),
        ("Ghana urged Togo to pay compensation.", "0231"),
        ("Ghana asked Togo for compensation.", "0231"),
        ("Ghana urged Togo to drop the charges against the reporters.", "0253"),
        ("Ghana urged Togo to reverse the decision.", "0242"),
    ],
)
def test_an_appeal_takes_the_code_of_the_act_asked_for(rules_coder, text, code):
    assert event_triples(rules_coder, text) == {("GHA", "TGO", code)}


@pytest.mark.parametrize(
    "text",
    ["Ghana asked Togo to release more rice.", "Ghana asked Togo to release more water."],
)
def test_goods_asked_to_be_released_are_economic_cooperation(rules_coder, text):
    assert event_triples(rules_coder, text) == {("GHA", "TGO", "0211")}


def test_people_asked_to_be_released_stay_a_release(rules_coder):
    text = "Ghana asked Togo to release the prisoners."
    assert event_triples(rules_coder, text) == {("GHA", "TGO", "0253")}


def test_a_question_asked_is_no_appeal(rules_coder):
    text = "Ghana's foreign minister asked why Togo had closed the border."
    assert all(not c.startswith("02") for _, _, c in event_triples(rules_coder, text))
