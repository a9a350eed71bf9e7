"""rules14: the predicate of a naming verb's object that the parser hung on a verb inside the
object phrase ("called Lima's refusal to free the fishermen 'illegal'": "illegal" under "free")
still says what the object is called (`syntax.inner_predicatives`): a criticism, 111, not a
telephone call. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_word_of_censure_inside_the_object_is_criticism(rules_coder):
    text = 'The Chilean president called Lima\'s refusal to free the fishermen "illegal".'
    triples = event_triples(rules_coder, text)
    assert any(s == "CHLGOV" and c == "111" for s, _t, c in triples)
    assert not any(c == "041" for _s, _t, c in triples)


@pytest.mark.slow
def test_a_call_to_a_person_is_still_a_call(rules_coder):
    text = "The Chilean minister called his Peruvian counterpart to discuss the border."
    assert ("CHLGOV", "PERGOV", "041") in event_triples(rules_coder, text)
