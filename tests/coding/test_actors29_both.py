"""actors29: two parties named with "both" as one subject ("Chile and Peru both accepted the
truce") act towards each other in an act of war, a truce or a cut in relations that names no one
else. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_both_accepted_the_truce(rules_coder):
    text = "Chile and Bolivia had both accepted the ceasefire on Tuesday."
    triples = event_triples(rules_coder, text)
    assert ("CHL", "BOL", "0871") in triples
    assert ("BOL", "CHL", "0871") in triples


@pytest.mark.slow
def test_without_both_no_pair_is_read(rules_coder):
    text = "Chile and Bolivia accepted the ceasefire on Tuesday."
    triples = event_triples(rules_coder, text)
    assert ("CHL", "BOL", "0871") not in triples
