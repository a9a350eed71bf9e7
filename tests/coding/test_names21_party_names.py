"""Party and movement names the actor table must not give to the wrong country: a name two
countries' parties share stays out, a movement's variant names reach its own entry. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_shared_party_name_is_not_taiwans(rules_coder):
    text = "The Democratic Progressive Party criticised Zambia over the border dispute."
    assert not any(s.startswith("TWN") for s, _t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_the_northern_movement_is_sudans(rules_coder):
    text = "Egypt praised the SPLM-North for its restraint."
    targets = {t for _s, t, _c in event_triples(rules_coder, text)}
    assert "SDNREBSPN" in targets, targets


@pytest.mark.slow
def test_the_freedom_and_change_alliance_is_sudans(rules_coder):
    text = "Egypt praised the Alliance for Freedom and Change for its restraint."
    targets = {t for _s, t, _c in event_triples(rules_coder, text)}
    assert any(t and t.startswith("SDN") for t in targets), targets
