"""rules18: "cannot accept", "can't recognise" refuse a verb of acceptance or compliance as "will
not accept" does (refusal_modals in lang/en/modality.yaml); "cannot" with another verb is only a
negation. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_cannot_accept_is_a_rejection(rules_coder):
    text = "Russia cannot accept the expansion of NATO into Ukraine."
    triples = event_triples(rules_coder, text)
    assert any(s == "RUS" and c.startswith("12") for s, _t, c in triples), triples


@pytest.mark.slow
def test_cant_recognise_is_a_rejection(rules_coder):
    text = "Germany can't recognise the annexation of Crimea by Russia."
    triples = event_triples(rules_coder, text)
    assert any(s == "DEU" and c.startswith("12") for s, _t, c in triples), triples


@pytest.mark.slow
def test_cannot_with_another_verb_is_only_negated(rules_coder):
    text = "Iran cannot attend the talks with France in Vienna."
    triples = event_triples(rules_coder, text)
    assert not any(c.startswith("12") for _s, _t, c in triples), triples
