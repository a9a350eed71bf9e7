"""codes9: a visit ended, concluded or cut short was made (042), not an event of whatever else
the sentence names. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Uzbek president ended a two-day state visit to Tajikistan on Saturday.",
        "The Uzbek president concluded his visit to Tajikistan with a joint statement.",
        "The Uzbek president cut short a visit to Tajikistan.",
    ],
)
def test_a_visit_ended_was_made(rules_coder, text):
    assert event_triples(rules_coder, text) == {("UZBGOV", "TJK", "042")}


def test_ending_a_war_is_no_visit(rules_coder):
    text = "The Uzbek president ended the war with Tajikistan."
    assert "042" not in {c for _, _, c in event_triples(rules_coder, text)}
