"""actors13: "the inspectors", "the investigators" of an international body named before are
that body's (coding/missions.py). Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_inspectors_are_the_agencys(rules_coder):
    text = (
        "The IAEA said Iran was enriching uranium. Iran refused to give the inspectors access "
        "to the site."
    )
    assert ("IRN", "IGOUNOIAE", "122") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_investigators_of_a_un_mission_are_not_the_local_police(rules_coder):
    text = (
        "A UN fact-finding mission visited Rakhine. The investigators also criticised Myanmar's "
        "army."
    )
    triples = event_triples(rules_coder, text)
    assert ("IGOUNO", "MMRMIL", "111") in triples
    assert not any(s.endswith("COP") for s, _t, _c in triples)


@pytest.mark.slow
def test_with_no_body_named_investigators_keep_their_role(rules_coder):
    text = "Police in Lagos arrested two men. The investigators questioned them."
    triples = event_triples(rules_coder, text)
    # questioning people is an interrogation (091, residual21: `question &PERSONS`), not 110
    assert any(s == "NGACOP" and c == "091" for s, _t, c in triples)
