"""rules15: a crowd gathered at a seat of power, a mission or a public square is a rally, 141
(`RALLY_SITE` in coding/data/verbs.yaml: "gathered outside parliament", "assembled in front of
the palace"); people gathering elsewhere ("ministers gathered in Brussels") are not.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Some 5,000 people gathered in front of the presidential palace in Lima.",
        "Thousands of residents gathered in the main square of Osh to protest.",
        "Hundreds of demonstrators gathered outside the French embassy in Bamako.",
        "Thousands of protesters gathered outside parliament in Tbilisi on Monday.",
    ],
)
def test_a_crowd_gathered_at_a_seat_of_power_rallies(rules_coder, text):
    assert any(c == "141" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_rally_outside_an_embassy_is_aimed_at_its_state(rules_coder):
    text = "Hundreds of demonstrators gathered outside the French embassy in Bamako."
    assert any(t and t.startswith("FRA") and c == "141" for _s, t, c in event_triples(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Foreign ministers gathered in Brussels on Monday.", "Mourners gathered at the cemetery."],
)
def test_other_gatherings_are_no_rally(rules_coder, text):
    assert not any(c.startswith("14") for _s, _t, c in event_triples(rules_coder, text))
