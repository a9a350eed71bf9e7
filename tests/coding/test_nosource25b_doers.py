"""nosource25b: doers the coder used to leave unresolved or too general: a team or panel an
organisation sends or sets up ("sent by", "set up by"), artillery as a country's armed forces.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_team_of_experts_sent_by_an_organisation_is_that_organisation(rules_coder):
    text = "A team of specialists sent by the UN Secretary-General visited the camp in Sudan."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNO") and t == "SDN" and c == "042" for s, t, c in triples), triples


@pytest.mark.slow
def test_a_panel_set_up_by_an_organisation_is_that_organisation(rules_coder):
    text = "A panel set up by the International Atomic Energy Agency visited Pyongyang on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("IGOUNOIAE") and c == "042" for s, _t, c in triples), triples


@pytest.mark.slow
def test_artillery_is_the_armed_forces_of_its_country(rules_coder):
    text = "Ethiopian artillery shelled the Eritrean town of Tsorona on Tuesday."
    triples = event_triples(rules_coder, text)
    assert any(s == "ETHMIL" and t.startswith("ERI") and c.startswith("19") for s, t, c in triples), triples
