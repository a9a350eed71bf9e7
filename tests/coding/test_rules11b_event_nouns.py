"""rules11b: more nouns of force and coercion refer back to an earlier event
(``event_nouns`` in lang/en/anaphora.yaml): "condemned the intervention" answers whoever
invaded. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_condemning_the_intervention_answers_the_invader(rules_coder):
    text = (
        "Turkish troops invaded northern Syria on Wednesday. "
        "The Dutch government condemned the intervention."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "NLDGOV" and t.startswith("TUR") and c == "111" for s, t, c in triples)
