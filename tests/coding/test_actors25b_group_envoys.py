"""actors25b: two or more countries that exchange envoys with no owner named ("Canada and Mexico
exchanged ambassadors") act towards each other; the envoys are no bare GOV target. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_exchanged_ambassadors_pair_the_partners(rules_coder):
    text = "Canada and Mexico exchanged ambassadors on Friday."
    triples = event_triples(rules_coder, text)
    assert all(t is None or t[:3] in {"CAN", "MEX"} for s, t, c in triples), triples
    assert any({s[:3], (t or "")[:3]} == {"CAN", "MEX"} for s, t, c in triples), triples
