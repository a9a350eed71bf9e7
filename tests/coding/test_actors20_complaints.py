"""actors20: a complaint filed "with" a body "against" a party is aimed at the party ("filed a
complaint with the WTO against Poland": Poland); with no party named the body is the target.
The "against" patterns of 114 are listed before the "with" ones in data/verbs.yaml, as the first
of two tied patterns wins. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_party_complained_of_is_the_target(rules_coder):
    text = "Brazil filed a complaint with the World Trade Organization against Canada on Monday."
    triples = event_triples(rules_coder, text, date="2001-05-14")
    assert ("BRA", "CAN", "114") in triples, triples
    assert not any(t == "IGOBUSWTO" for _s, t, _c in triples), triples


@pytest.mark.slow
def test_the_body_is_the_target_when_no_party_is_named(rules_coder):
    text = "Brazil filed a complaint with the World Trade Organization on Monday."
    triples = event_triples(rules_coder, text, date="2001-05-14")
    assert ("BRA", "IGOBUSWTO", "114") in triples, triples
