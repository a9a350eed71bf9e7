"""Session 53: losses, casualties or a defeat inflicted on an enemy are force used on it
(CAMEO 190 and its instrument codes). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian troops inflicted heavy losses on the Somali columns near Jijiga.",
        "Eritrean forces inflicted a defeat on Ethiopia's army at Afabet.",
    ],
)
def test_losses_inflicted_on_an_enemy_are_force(rules_coder, text):
    triples = event_triples(rules_coder, text, date="1978-03-05")
    assert any(c.startswith("19") for _s, _t, c in triples), triples


def test_suffering_inflicted_in_a_speech_is_no_attack(rules_coder):
    text = "The president spoke of the suffering the war had inflicted on both nations."
    triples = event_triples(rules_coder, text, date="1978-03-05")
    assert not any(c.startswith("19") for _s, _t, c in triples), triples
