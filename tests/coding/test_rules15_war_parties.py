"""rules15: a reciprocal noun of war that names no parties ("heavy fighting broke out"), just
after the story reported an act of war, is fighting between that act's two sides
(`coding/war_parties.py`); not a noun that refers back ("that clash"), nor with no war reported.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_fighting_after_an_attack_is_between_its_sides(rules_coder):
    text = "Chilean troops shelled Peruvian border posts on Sunday. Heavy fighting broke out on Monday."
    assert ("CHLMIL", "PER", "190") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_fighting_with_no_war_reported_has_no_sides(rules_coder):
    assert event_triples(rules_coder, "Heavy fighting broke out on Monday.") == set()


@pytest.mark.slow
def test_a_clash_that_refers_back_is_not_a_new_one(rules_coder):
    text = (
        "Chilean jets bombed a Peruvian camp on Sunday. That clash came a day after Peruvian"
        " troops shelled a Chilean post."
    )
    assert not any(c == "190" for _s, _t, c in event_triples(rules_coder, text))
