"""actors15: a gathering named in a prepositional phrase is where an act took place; the
organisation holding it is no target. Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_two_leaders_meeting_at_a_summit_meet_each_other(rules_coder):
    text = (
        "Peruvian President Dina Boluarte and Chilean President Gabriel Boric met on the "
        "sidelines of the Organization of American States summit on Monday."
    )
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("PER") and t and t.startswith("CHL") for s, t, _c in triples)
    assert not any(t == "IGOOAS" for _s, t, _c in triples)


@pytest.mark.slow
def test_a_named_partner_stays_the_target_at_a_summit(rules_coder):
    text = "President Putin met Xi Jinping on the sidelines of the SCO summit."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("RUS") and t and t.startswith("CHN") for s, t, _c in triples)
    assert not any(t == "IGOCAS" for _s, t, _c in triples)
