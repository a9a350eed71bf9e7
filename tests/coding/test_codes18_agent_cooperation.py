"""codes18: cooperation by a state's police is judicial cooperation (063), by its armed forces
military cooperation (062) (policy ``agent_codes``). Sentences are written for these tests (none
is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_police_working_with_police_cooperate_judicially(rules_coder):
    text = "Kenyan police are working with the Ugandan police on the case."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "063" in codes
    assert "050" not in codes


@pytest.mark.slow
def test_armed_forces_working_with_an_ally_cooperate_militarily(rules_coder):
    text = "The Kenyan army is working closely with Uganda against the rebels."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "062" in codes


@pytest.mark.slow
def test_a_government_working_with_another_cooperates(rules_coder):
    text = "The Kenyan government is working with Uganda on the border dispute."
    assert "050" in {c for _s, _t, c in event_triples(rules_coder, text)}
