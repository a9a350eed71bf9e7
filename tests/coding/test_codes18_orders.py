"""codes18: an order whose object is an event noun is that event ("ordered the release of",
"ordered the arrest of": "order" is a light verb), and the event of a light verb is dated by
the verb's own phrases. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.model import Document


@pytest.mark.slow
def test_ordering_a_release_is_a_release(rules_coder):
    text = "A court in Chennai on Friday ordered the release of 18 Sri Lankan fishermen."
    codes = {c for _s, _t, c in event_triples(rules_coder, text)}
    assert "0841" in codes
    assert "100" not in codes


@pytest.mark.slow
def test_ordering_an_arrest_is_an_arrest(rules_coder):
    text = "The Kenyan government ordered the arrest of two Somali diplomats."
    assert ("KENGOV", "SOMGOV", "173") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_ordering_people_to_act_is_still_a_demand(rules_coder):
    text = "The Kenyan government ordered Somalia to recall its ambassador."
    codes = {c[:2] for _s, _t, c in event_triples(rules_coder, text)}
    assert "10" in codes


@pytest.mark.slow
def test_a_light_verb_dates_its_event(rules_coder):
    text = (
        "On Friday, a court in Chennai ordered the release of 18 Sri Lankan fishermen arrested "
        "in October."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2021-12-21")]))
    dates = {e.date for e in coded.events if e.cameo == "0841"}
    assert dates == {"2021-12-17"}
