"""Session 53: telling another to do an act demands it (100, refined by the act as "order to"
is: "told Britain to give the islands back" 1053), and a story told is an account, no
statement to anyone (``idiom_objects``). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Argentina told Britain to hand the islands back.",
        "Minsk told Warsaw to close its consulate in Grodno.",
    ],
)
def test_telling_another_to_act_is_a_demand(rules_coder, text):
    triples = event_triples(rules_coder, text, date="2015-06-01")
    assert any(c.startswith("10") for _s, _t, c in triples), triples
    assert not any(c == "010" for _s, _t, c in triples), triples


@pytest.mark.parametrize("teller", ["Beijing told a different story.", "Beijing tells another story."])
def test_a_story_told_is_no_statement(rules_coder, teller):
    text = f"India accused China of building roads in the valley. {teller}"
    triples = event_triples(rules_coder, text, date="2015-06-01")
    assert not any(c.startswith("01") for _s, _t, c in triples), triples
