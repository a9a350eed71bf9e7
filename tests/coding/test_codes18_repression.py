"""codes18: force a police force uses on the people of its own country named as a kind of
people (students, civilians, workers) is violent repression (175); armed targets and a bare
country keep the act's code (policy ``repression``, coding/build.py). Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_police_firing_on_students_repress(rules_coder):
    text = "Bangladeshi police opened fire on students in Dhaka on Monday."
    triples = event_triples(rules_coder, text)
    assert ("BGDCOP", "BGDEDU", "175") in triples
    assert not any(c == "193" for _s, _t, c in triples)


@pytest.mark.slow
def test_police_shooting_robbers_is_no_repression(rules_coder):
    text = "Kenyan police shot dead three armed robbers in Nairobi."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "193" in codes
    assert "175" not in codes


@pytest.mark.slow
def test_police_firing_across_a_border_is_no_repression(rules_coder):
    text = "Indian police opened fire on Pakistani students near the border."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "175" not in codes
