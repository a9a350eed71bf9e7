"""rules17: time granted up to a deadline ("gave X until Friday to ...") is an ultimatum, 139:
the "until" phrase stays a phrase of the verb for its patterns (`deadline_prepositions` in
lang/en/grammar.yaml) instead of being dropped as a time phrase. Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_time_granted_until_a_deadline_is_an_ultimatum(rules_coder):
    text = "On Tuesday Germany gave Serbia until Friday to hand over the suspects."
    triples = event_triples(rules_coder, text)
    assert any(s == "DEU" and t == "SRB" and c == "139" for s, t, c in triples), triples


@pytest.mark.slow
def test_an_event_lasting_until_a_date_is_no_ultimatum(rules_coder):
    text = "Germany gave Serbia aid until 2020."
    assert not any(c == "139" for _s, _t, c in event_triples(rules_coder, text))
