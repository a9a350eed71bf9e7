"""A truce noun that names no parties, right after an act of war between two countries, is
between those two sides (coding/settlement_sides.py, nominal28), as a war noun is; not a
definite one ("the ceasefire held": the one already reported). Sentences written for these
tests; each fails without the nominal28 change.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_truce_after_an_act_of_war(coder):
    text = (
        "Armenian troops shelled Azerbaijani positions near the border on Monday. "
        "A ceasefire took effect on Tuesday evening."
    )
    found = event_triples(coder, text)
    assert any(c.startswith("087") and t is not None and {s[:3], t[:3]} == {"ARM", "AZE"} for s, t, c in found), found


@pytest.mark.slow
def test_definite_truce_is_the_one_reported(coder):
    text = (
        "Armenian troops shelled Azerbaijani positions near the border on Monday. "
        "The ceasefire held on Tuesday."
    )
    found = event_triples(coder, text)
    assert not any(c.startswith("087") for s, t, c in found), found
