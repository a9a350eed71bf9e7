"""measures19: a measure told in the future with the day it starts ("will impose duties on X
from Tuesday", "would ban imports from midnight") is done, not intended (coding/schedules.py;
start_* in lang/en/grammar.yaml, scheduled_roots in the policy). Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_ban_from_midnight_is_imposed(rules_coder):
    triples = event_triples(rules_coder, "Ghana said it would ban imports of Nigerian rice from midnight.")
    assert ("GHA", "NGA", "163") in triples, triples


@pytest.mark.slow
def test_a_start_day_inside_the_object_phrase_counts(rules_coder):
    triples = event_triples(
        rules_coder,
        "Ghana will impose duties of 50 percent on cocoa imported from Togo from Tuesday.",
    )
    assert any(s == "GHA" and c == "163" for s, _t, c in triples), triples


@pytest.mark.slow
def test_without_a_start_day_or_with_a_year_it_stays_a_threat(rules_coder):
    for text in (
        "Ghana said it would ban imports of Nigerian rice.",
        "Ghana will impose sanctions on Togo from 2030.",
    ):
        triples = event_triples(rules_coder, text)
        assert any(c == "1312" for _s, _t, c in triples), (text, triples)
        assert not any(c == "163" for _s, _t, c in triples), (text, triples)
