"""rules11b: more nouns of force and coercion refer back to an earlier event
(``event_nouns`` in lang/en/anaphora.yaml): "condemned the intervention" answers whoever
invaded. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone."""
    return rules_coder


@pytest.mark.slow
def test_condemning_the_intervention_answers_the_invader(coder):
    text = (
        "Turkish troops invaded northern Syria on Wednesday. "
        "The Dutch government condemned the intervention."
    )
    triples = event_triples(coder, text)
    assert any(s == "NLDGOV" and t.startswith("TUR") and c == "111" for s, t, c in triples)
