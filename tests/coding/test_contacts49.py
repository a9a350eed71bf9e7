"""contacts49: a speech act that a contact was made to do is done by the contact's subject
towards the one contacted, also when the parser hangs the purpose after the object
("telephoned X to apologise"); an appeal ("called on X to apologise") is not. Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_call_made_to_apologise_is_an_apology_to_the_one_called(rules_coder):
    triples = event_triples(
        rules_coder, "Erdogan telephoned Putin to apologise for the incident.", date="2016-06-29"
    )
    assert ("TURGOV", "RUSGOV", "055") in triples, triples


@pytest.mark.slow
def test_a_call_made_to_congratulate_is_praise_by_the_caller(rules_coder):
    triples = event_triples(
        rules_coder, "Macron called Biden to congratulate him on his victory.", date="2021-01-22"
    )
    assert any(
        s.startswith("FRA") and (t or "").startswith("USA") and c.startswith("05")
        for s, t, c in triples
    ), triples
    assert not any(s.startswith("USA") and c.startswith("05") for s, t, c in triples), triples


@pytest.mark.slow
def test_a_call_on_another_to_apologise_is_no_apology(rules_coder):
    triples = event_triples(
        rules_coder, "Erdogan called on Putin to apologise for the incident.", date="2016-06-29"
    )
    assert not any(c == "055" for _s, _t, c in triples), triples
