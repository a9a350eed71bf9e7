"""actors14: whom an act with no named target is aimed at, from the story's other side.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_an_apology_with_no_addressee_answers_the_side_that_protested(rules_coder):
    text = (
        "Chile protested to Peru about the incursion of its fishing boats. "
        "Two days later Peru apologised."
    )
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("PER") and t == "CHL" and c == "055" for s, t, c in triples)


@pytest.mark.slow
def test_an_apology_to_a_named_party_keeps_it(rules_coder):
    text = "Chile protested to Peru about the incursion. Peru apologised to Bolivia."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("PER") and t == "BOL" and c == "055" for s, t, c in triples)
    assert not any(s.startswith("PER") and t == "CHL" and c == "055" for s, t, c in triples)


@pytest.mark.slow
def test_an_apology_no_foreign_act_preceded_is_no_foreign_one(rules_coder):
    text = (
        "Chile's army shelled villages in Chile in 1975. "
        "In 2003 the Chilean president apologised for the abuses."
    )
    triples = event_triples(rules_coder, text)
    assert not any(c == "055" and t and not t.startswith("CHL") for s, t, c in triples)
