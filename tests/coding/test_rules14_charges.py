"""rules14: a crime charged by the police, prosecutors or a court is legal action, CAMEO 173
("arrest, detain, or charge with legal action"; the policy's ``agent_codes``); the same words
from anyone else stay an accusation (112x). Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peruvian prosecutors charged two Chilean fishermen with smuggling.", ("PERJUD", "173")),
        ("Chilean police charged a Peruvian woman with murder.", ("CHLCOP", "173")),
        ("A court in Lima charged the Chilean consul with espionage.", ("PERJUD", "173")),
    ],
)
def test_a_charge_by_the_law_is_legal_action(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    assert expected in {(s, c) for s, _t, c in triples}
    assert not any(c.startswith("112") for _s, _t, c in triples)


@pytest.mark.slow
def test_a_government_charging_another_state_still_accuses(rules_coder):
    triples = event_triples(rules_coder, "The Bolivian president accused Chile of corruption.")
    assert ("BOLGOV", "CHL", "1121") in triples
