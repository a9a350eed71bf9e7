"""actors15: "both governments" after two countries did one act together are those two.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_both_governments_are_the_two_that_acted_together(rules_coder):
    text = (
        "Rwanda and Uganda sent troops into Congo. "
        "Both governments were criticised by the United Nations."
    )
    triples = event_triples(rules_coder, text)
    targets = {t for s, t, c in triples if s == "IGOUNO" and c.startswith("11")}
    assert targets == {"RWAGOV", "UGAGOV"}


@pytest.mark.slow
def test_both_governments_accused_together_stay_the_accused(rules_coder):
    text = (
        "Kenya accused Rwanda and Uganda of arming the rebels. "
        "Both governments were criticised by the United Nations."
    )
    triples = event_triples(rules_coder, text)
    targets = {t for s, t, c in triples if s == "IGOUNO" and c.startswith("11")}
    assert targets == {"RWAGOV", "UGAGOV"}


@pytest.mark.slow
def test_both_sides_after_a_truce_are_its_parties(rules_coder):
    text = (
        "The Sudanese government and the Sudan People's Liberation Movement signed a truce in "
        "Nairobi. Canada welcomed the deal. Military commanders from both sides met in Juba."
    )
    triples = event_triples(rules_coder, text)
    meets = {(s, t) for s, t, c in triples if c.startswith("04")}
    # the movement is coded as South Sudan's (SSD...) in the actor table
    assert meets and all(s.startswith("SDN") and t and t.startswith("SSD") for s, t in meets)


@pytest.mark.slow
def test_the_two_allies_are_the_two_countries_of_the_story(rules_coder):
    text = (
        "Japan imposed export curbs on South Korea. "
        "Washington urged the two allies to find a way forward."
    )
    triples = event_triples(rules_coder, text)
    urged = {t for s, t, c in triples if s == "USAGOV" and c.startswith("02")}
    assert urged == {"JPN", "KOR"}
