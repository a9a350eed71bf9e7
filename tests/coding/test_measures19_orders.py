"""measures19: an order to one's own forces ("ordered his troops to withdraw", "ordered police
to open fire") or a passive order ("ordered the minister to be arrested") is the act ordered,
done by the one who orders; an order to another state stays a demand (coding/orders.py;
order_governors, own_agent_nouns in lang/en/grammar.yaml). Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_an_order_to_own_troops_is_the_act_of_the_orderer(rules_coder):
    triples = event_triples(
        rules_coder, "The President of Ghana ordered his troops to withdraw from Togo on Monday."
    )
    assert any(s.startswith("GHA") and t == "TGO" and c[:3] == "087" for s, t, c in triples), triples
    assert not any(c.startswith("10") for _s, _t, c in triples), triples


@pytest.mark.slow
def test_an_order_to_police_to_fire_on_protesters_is_repression(rules_coder):
    triples = event_triples(
        rules_coder, "Ghana's president ordered the police to open fire on protesters in Accra."
    )
    assert any(s == "GHAGOV" and c == "175" for s, _t, c in triples), triples
    assert not any(c == "100" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_passive_order_is_done(rules_coder):
    triples = event_triples(
        rules_coder, "Ghana's attorney general ordered the former Togolese minister to be arrested."
    )
    assert any(s.startswith("GHA") and c == "173" for s, _t, c in triples), triples
    assert not any(c == "100" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_an_announced_order_is_an_intention(rules_coder):
    triples = event_triples(
        rules_coder, "Ghana's president will order his troops to withdraw from Togo."
    )
    assert any(s.startswith("GHA") and c == "0356" for s, _t, c in triples), triples


@pytest.mark.slow
def test_an_order_to_another_state_or_its_troops_stays_a_demand(rules_coder):
    triples = event_triples(
        rules_coder, "The Ghanaian president ordered Togo to withdraw its troops from the border."
    )
    assert any(s.startswith("GHA") and c.startswith("10") for s, _t, c in triples), triples
    assert not any(c == "087" for _s, _t, c in triples), triples
    foreign = event_triples(
        rules_coder, "The Ghanaian president ordered Nigerian troops to leave Accra."
    )
    assert not any(s.startswith("NGA") for s, _t, _c in foreign), foreign
