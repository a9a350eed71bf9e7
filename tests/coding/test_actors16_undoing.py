"""actors16: an act that undoes the actor's own earlier act is aimed at that act's target; an
acceptance answers whoever made the call. Sentences are written for these tests (none is from
a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_lifting_ones_own_embargo_is_aimed_at_its_target(rules_coder):
    text = (
        "In February 1994 Greece imposed a trade embargo on Macedonia. "
        "The embargo ended with the Interim Accord. Greece lifted the embargo in October 1995."
    )
    assert ("GRC", "MKD", "085") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_lifting_a_ban_not_ones_own_is_no_reversal(rules_coder):
    text = "In 2005 the EU imposed a visa ban on Uzbekistan. Kazakhstan lifted the ban in 2008."
    assert not any(s == "KAZ" and t == "UZB" for s, t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_accepting_a_call_answers_its_caller(rules_coder):
    text = (
        "The Security Council called for a ceasefire. "
        "Egypt and Israel accepted the call the same evening."
    )
    triples = event_triples(rules_coder, text)
    assert ("EGY", "IGOUNO", "080") in triples and ("ISR", "IGOUNO", "080") in triples
