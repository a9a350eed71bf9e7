"""rules16: saying that someone should be prosecuted, tried or held accountable accuses them
(112; of a war crime, 1124) rather than appealing to no one (`coding/culpability.py`); a thing
that should be investigated accuses no one. Sentences are written for these tests (none is from
a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_should_be_tried_for_war_crimes_is_an_accusation_of_them(rules_coder):
    text = "Kenya said on Monday that the Somali commanders should be tried for war crimes."
    assert ("KEN", "SOMMIL", "1124") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_must_be_held_accountable_is_an_accusation(rules_coder):
    text = "Chile said that the Peruvian officials must be held accountable for the raid."
    triples = event_triples(rules_coder, text)
    assert any(s == "CHL" and t and t.startswith("PER") and c == "112" for s, t, c in triples)


@pytest.mark.slow
def test_a_thing_to_investigate_accuses_no_one(rules_coder):
    text = "Chile said that the incident should be investigated."
    assert not any(c.startswith("112") for _s, _t, c in event_triples(rules_coder, text))
