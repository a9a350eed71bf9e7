"""actors25b: a state's own armed forces are the instrument of its show of force (CAMEO 15), not
its target ("Chile mobilised the Chilean army"). Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_mobilised_own_army_is_no_target(rules_coder):
    text = "On Monday Chile mobilised the Chilean army."
    triples = event_triples(rules_coder, text)
    assert any(c.startswith("15") for s, t, c in triples), triples
    assert not any(c.startswith("15") and t and t.startswith("CHL") and t != "CHL" for s, t, c in triples), triples
