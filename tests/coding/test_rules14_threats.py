"""rules14: retaliation or measures named as economic are a threat of sanctions, 1312 (pairs of
`ECON_SANCTION` in coding/data/verbs.yaml); bare retaliation stays a threat of force, 138.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian officials threatened Latvia with economic retaliation.", "1312"),
        ("Russia threatened Latvia with retaliation.", "138"),
    ],
)
def test_economic_retaliation_is_a_threat_of_sanctions(rules_coder, text, code):
    assert code in {c for _s, t, c in event_triples(rules_coder, text) if t == "LVA"}
