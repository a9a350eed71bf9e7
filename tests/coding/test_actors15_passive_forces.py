"""actors15: forces placed on alert in a passive clause are the doers, never their own
target; the enemy of the latest act of war is. Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_forces_placed_on_alert_after_an_attack_face_the_attacker(rules_coder):
    text = (
        "Iranian missiles struck a village in Pakistan on Tuesday. "
        "Pakistani troops were placed on high alert."
    )
    triples = event_triples(rules_coder, text)
    assert ("PAKMIL", "IRN", "152") in triples
    assert ("PAKMIL", "PAK", "152") not in triples


@pytest.mark.slow
def test_both_armies_placed_on_alert_face_each_other(rules_coder):
    text = (
        "Indian jets bombed Pakistani positions on Monday. "
        "Both armies were placed on high alert along the border."
    )
    triples = event_triples(rules_coder, text)
    assert ("INDMIL", "PAKMIL", "152") in triples
    assert ("PAKMIL", "INDMIL", "152") in triples


@pytest.mark.slow
def test_forces_on_alert_with_no_enemy_stay_at_home(rules_coder):
    triples = event_triples(rules_coder, "Thai troops were placed on high alert.")
    assert all(t in (None, "THA") for s, t, c in triples if c == "152")
