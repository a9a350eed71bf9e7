"""rules15: a mediation that names no side mediates between the parties of the act it served
(`coding/mediation.py`, policy `mediation_codes`): "an agreement brokered by Brazil", "a
Brazilian-brokered ceasefire", "settled through the mediation of Brazil", "under Brazilian
mediation". Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_reduced_participle_of_brokering_mediates_between_the_signatories(rules_coder):
    triples = event_triples(rules_coder, "Chile and Peru signed an agreement brokered by Brazil.")
    assert ("BRA", "CHL", "045") in triples
    assert ("BRA", "PER", "045") in triples


@pytest.mark.slow
def test_a_hyphened_broker_is_the_mediator(rules_coder):
    triples = event_triples(rules_coder, "Chile and Peru accepted a Brazilian-brokered ceasefire.")
    assert ("BRA", "CHL", "045") in triples
    assert ("BRA", "PER", "045") in triples


@pytest.mark.slow
def test_the_mediation_of_a_third_party_in_a_circumstance_phrase(rules_coder):
    text = "The dispute between Chile and Peru was settled through the mediation of Brazil."
    triples = event_triples(rules_coder, text)
    assert ("BRA", "CHL", "045") in triples
    assert ("BRA", "PER", "045") in triples


@pytest.mark.slow
def test_mediation_named_by_an_adjective_under_a_signing(rules_coder):
    triples = event_triples(rules_coder, "Chile and Peru signed a truce under Brazilian mediation.")
    assert ("BRA", "CHL", "045") in triples
    assert ("CHL", "PER", "0871") in triples


@pytest.mark.slow
def test_other_hyphened_participles_name_no_doer(rules_coder):
    text = "Rioters in Lima looted Chilean-owned shops."
    assert not any(s == "CHL" for s, _t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_an_offer_of_services_as_a_mediator_is_an_offer_to_mediate(rules_coder):
    text = "The Brazilian president has offered his services as a mediator between Chile and Peru."
    triples = event_triples(rules_coder, text)
    assert ("BRAGOV", "CHL", "039") in triples
    assert ("BRAGOV", "PER", "039") in triples


@pytest.mark.slow
def test_shuttle_diplomacy_between_two_sides_is_mediation(rules_coder):
    text = "The Brazilian envoy began shuttle diplomacy between Chile and Peru."
    assert ("BRAGOV", "CHL", "045") in event_triples(rules_coder, text)
