"""rules16: a verdict on an election under a speech verb is criticism (111) or approval (051)
of the state that held it (`coding/verdicts.py`): a fault word ("marred", "rigged") or a negated
merit ("did not represent", "was not free") finds fault; a merit word finds merit; other news
of the vote ("was postponed") is no verdict. Sentences are written for these tests (none is from
a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_vote_marred_or_not_representative_is_criticised(rules_coder):
    for text in (
        "The European Union said the election in Kenya was marred by violence.",
        "SADC observers said that the run-off in Kenya did not represent the will of the people.",
    ):
        triples = event_triples(rules_coder, text)
        assert any(t == "KEN" and c == "111" for _s, t, c in triples), text


@pytest.mark.slow
def test_a_free_and_fair_vote_is_approved(rules_coder):
    text = "The African Union said Kenya's vote was free and fair."
    assert ("IGOAFRAFU", "KEN", "051") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_other_news_of_a_vote_is_no_verdict(rules_coder):
    text = "The African Union said Kenya's vote was postponed."
    assert not any(c in ("111", "051") for _s, _t, c in event_triples(rules_coder, text))
