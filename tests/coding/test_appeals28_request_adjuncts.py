"""appeals28: an act done "at the request of X" is X's appeal for it, also when the adjunct
hangs on the verb that governs the act ("At the request of X, Y began deploying troops").
Sentences are written for these tests."""

from __future__ import annotations

from coding_helpers import event_triples


def test_a_request_adjunct_on_the_governing_verb(rules_coder):
    text = "At the request of Ghana, Nigeria began deploying troops to Ghana."
    triples = event_triples(rules_coder, text)
    assert any(s == "GHA" and t == "NGA" and c.startswith("02") for s, t, c in triples)
