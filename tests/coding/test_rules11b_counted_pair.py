"""rules11b: a counted pair ("the two leaders", "both countries") doing a joint act (roots 04,
05, 06) acts among itself, not towards an actor named inside its object; a "with" or "to"
partner still counts (coding/groups.py, ``pair_acts``). Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

VISIT = "The Prime Minister of Canada visited Oslo on Monday. "


@pytest.mark.slow
def test_the_two_leaders_talk_to_each_other(rules_coder):
    triples = event_triples(rules_coder, VISIT + "The two leaders held talks on the war in Ukraine.")
    assert ("CANGOV", "NORGOV", "040") in triples
    assert not any(t.startswith("UKR") for _s, t, _c in triples)


@pytest.mark.slow
def test_a_partner_with_the_pair_is_kept(rules_coder):
    triples = event_triples(rules_coder, VISIT + "The two leaders held talks with Ukraine.")
    assert any(t.startswith("UKR") and c == "040" for _s, t, c in triples)
