"""proceed27: what bodies do in proceedings. A document named before ("the text", "the
draft") acts for its issuers, a summit's closing declaration is its participants', and a vote
against a resolution is a rejection (120), not a veto. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_text_acts_for_the_body_that_adopted_it(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Security Council adopted resolution 2417 on Tuesday. "
        "The text demands that all parties in Yemen allow access for aid convoys.",
    )
    assert any(s == "IGOUNO" and c.startswith("10") for s, _t, c in triples)


@pytest.mark.slow
def test_a_closing_declaration_is_the_summits_participants(rules_coder):
    triples = event_triples(
        rules_coder,
        "Leaders of the African Union ended a summit in Nairobi on Saturday with a declaration "
        "on the war in Sudan. The declaration condemned the siege of El Fasher by the RSF.",
    )
    assert any(s == "IGOAFRAFU" and c == "111" for s, _t, c in triples)


@pytest.mark.slow
def test_a_vote_against_a_resolution_is_a_rejection(rules_coder):
    triples = event_triples(
        rules_coder, "The United States voted in December against a Russian resolution on cyber norms."
    )
    assert ("USA", "RUS", "120") in triples
    assert not any(c == "129" for _s, _t, c in triples)


@pytest.mark.slow
def test_a_veto_stays_a_veto(rules_coder):
    triples = event_triples(rules_coder, "Britain vetoed a Security Council draft on Monday.")
    assert ("GBR", "IGOUNO", "129") in triples
