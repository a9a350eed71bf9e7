"""actors16: a part of an organisation named with "of" is that organisation. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_faction_of_a_group_is_the_group(rules_coder):
    text = (
        "The Sudanese government and one faction of the Sudan Liberation Army signed a peace "
        "agreement in Abuja."
    )
    triples = event_triples(rules_coder, text, date="2006-05-06")
    assert any({s, t} == {"SDNGOV", "SDNREBSLA"} and c == "057" for s, t, c in triples)


@pytest.mark.slow
def test_the_armed_wing_of_a_group_is_the_group(rules_coder):
    text = "The armed wing of Hamas fired rockets at Israel."
    assert any(s == "PSEREBHMS" for s, _t, _c in event_triples(rules_coder, text))
