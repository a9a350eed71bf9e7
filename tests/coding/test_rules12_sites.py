"""rules12: a protest outside a foreign military base is aimed at the base's state, as one
outside its embassy is (lang/en/words.yaml mission_nouns); a protest naming no target is aimed
at whom its participle speaks against ("chanting against Britain": coding/protest_targets.py).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_protest_at_a_foreign_base_targets_its_state(rules_coder):
    text = "Hundreds of Japanese students protested outside the American air base in Okinawa."
    assert any(t == "USA" and c.startswith("14") for _s, t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_protest_targets_whom_its_chant_is_against(rules_coder):
    text = (
        "In Santiago, thousands of people rallied in the main square on Wednesday, chanting "
        "against Britain and the United States."
    )
    targets = {t for _s, t, c in event_triples(rules_coder, text) if c.startswith("14")}
    assert {"GBR", "USA"} <= targets
    assert "CHL" not in targets
