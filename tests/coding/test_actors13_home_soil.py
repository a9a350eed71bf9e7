"""actors13: an act of war on a place in the source's own country is aimed at the enemy.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_retaking_a_town_at_home_is_aimed_at_the_enemy(rules_coder):
    text = "Iraqi troops invaded Iran in September. Iranian troops recaptured Khorramshahr in May."
    triples = event_triples(rules_coder, text)
    assert ("IRNMIL", "IRQ", "192") in triples
    assert not any(s == "IRNMIL" and t == "IRN" for s, t, _c in triples)


@pytest.mark.slow
def test_police_at_home_still_act_at_home(rules_coder):
    # police are no warring organ: the enemy reading is not theirs
    text = "Pakistani troops shelled Indian posts. Indian police raided villages near Srinagar."
    triples = event_triples(rules_coder, text)
    assert not any(s == "INDCOP" and t == "PAK" for s, t, _c in triples)
