"""actors29: a generic force named after a town ("Mombasa police") is of the town's country,
not of the country the story is about. Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_police_named_after_a_town(rules_coder):
    text = (
        "Somalia's government met on Monday to discuss the crisis in Somalia. Mombasa police "
        "arrested three Somali fishermen on Tuesday."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "KENCOP" and c == "173" for s, _t, c in triples)
    assert not any(s == "SOMCOP" and c == "173" for s, _t, c in triples)
