"""modal27: a relative clause is its own statement: the negation, modal or content of the main
clause does not reach it ("accused X of arming Y, which expelled two diplomats": the expulsion
is told as done; "a charge the ministry denied": the denial is done). Sentences are written for
these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Peru accused Chile of arming Bolivia, which expelled two Peruvian diplomats last year.",
        "Bolivia, which had expelled two Peruvian diplomats last year, said it would not attend "
        "the summit in Lima.",
        "Bolivia, which expelled two Peruvian diplomats last year, may attend the summit in Lima.",
        "Chile did not condemn Bolivia, which expelled two Peruvian diplomats in May.",
    ],
)
def test_the_relative_clause_keeps_its_act(rules_coder, text):
    assert ("BOL", "PERGOV", "161") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_content_of_the_accusation_is_still_not_coded(rules_coder):
    triples = event_triples(rules_coder, "Peru accused Chile of expelling two Peruvian diplomats.")
    assert not any(c == "161" for _s, _t, c in triples)
