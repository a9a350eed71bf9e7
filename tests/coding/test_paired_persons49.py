"""paired49: persons counted as a pair after two leaders are named ("the two men", "both men")
are those two, as "the two leaders" are; an indefinite count ("two men shot ...") is no one
named. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

VISIT = "Lula received Macri at the Planalto palace on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize(
    "clause", ["The two men signed a trade agreement.", "Both men signed a trade agreement."]
)
def test_the_two_men_are_the_two_leaders_named(rules_coder, clause):
    triples = event_triples(rules_coder, VISIT + clause, date="2004-03-16")
    signed = {(s[:3], (t or "")[:3]) for s, t, c in triples if c.startswith("057")}
    assert signed & {("BRA", "ARG"), ("ARG", "BRA")}, triples


@pytest.mark.slow
def test_two_men_uncounted_before_are_no_one_named(rules_coder):
    text = VISIT + "Two men shot a police officer outside the palace."
    triples = event_triples(rules_coder, text, date="2004-03-16")
    assert not any(c.startswith("19") and s[:3] in ("BRA", "ARG") for s, _t, c in triples), triples
