"""seat48: a clause opened by another state's capital ("In Colombo, the government ...") is
that state's organ, not the organ of the same name the story spoke of before; in the earlier
organ's own capital it stays that organ. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

BEFORE = "The Maldivian government asked India for military help on Thursday. "


@pytest.mark.slow
@pytest.mark.parametrize(("capital", "country"), [("Colombo", "LKA"), ("Male", "MDV")])
def test_a_fronted_capital_sets_the_organ(rules_coder, capital, country):
    text = BEFORE + f"In {capital}, the government condemned the attempted coup."
    triples = event_triples(rules_coder, text, date="1988-11-05")
    condemning = [s for s, _t, c in triples if c.startswith("111")]
    assert condemning and all(s.startswith(country) for s in condemning), triples
