"""actors18: "the Secretary-General" with no owner and no bearer named before heads the
international organisation last named, else the United Nations; never the government of the
country the story is about. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_an_ownerless_secretary_general_is_the_uns(rules_coder):
    text = (
        "Rebel fighters seized forty aid workers in northern Mali on Monday. The "
        "Secretary-General condemned the kidnapping on Tuesday."
    )
    triples = event_triples(rules_coder, text, date="2014-03-04")
    assert any(s == "IGOUNO" and c == "111" for s, _t, c in triples), triples
    assert not any(s.startswith("MLI") and c == "111" for s, _t, c in triples), triples


@pytest.mark.slow
def test_the_secretary_general_of_a_body_named_before(rules_coder):
    text = (
        "NATO defence ministers gathered on Monday. The Secretary-General criticised Russia on "
        "Tuesday."
    )
    triples = event_triples(rules_coder, text, date="2016-03-04")
    assert ("IGOWSTNAT", "RUS", "111") in triples, triples
