"""measures19: forces offered or pledged to a country ("offered to send troops to X") are the
intention to provide military protection or peacekeeping (0334), not a threat of force, while
"will send troops to X" stays a threat (coding/offers.py; offer_governors in
lang/en/grammar.yaml, offered_codes in the policy). Sentences are written for these tests (none
is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_troops_offered_or_pledged_are_peacekeeping_intended(rules_coder):
    for text in (
        "Ghana offered to send troops to Togo.",
        "Canada pledged to deploy 1,000 soldiers to Haiti.",
    ):
        triples = event_triples(rules_coder, text)
        assert any(c == "0334" for _s, _t, c in triples), (text, triples)
        assert not any(c.startswith("13") for _s, _t, c in triples), (text, triples)


@pytest.mark.slow
def test_troops_announced_with_will_stay_a_threat(rules_coder):
    triples = event_triples(rules_coder, "Ghana will send troops to Togo.")
    assert ("GHA", "TGO", "138") in triples, triples


@pytest.mark.slow
def test_other_offers_keep_their_kind_of_cooperation(rules_coder):
    triples = event_triples(rules_coder, "Ghana offered to supply Togo with weapons.")
    assert ("GHA", "TGO", "0332") in triples, triples
