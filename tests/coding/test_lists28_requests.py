"""lists28: a request adjunct on a verb that coded no act ("will discuss the crisis at the
request of A and B") still tells of an appeal by each requester to the verb's subject
(coding/requests.py ``requests_of_uncoded``). The coder calls it only once the one-line hook
proposed for events.py is applied; until then the coded tests are skipped. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import inspect

import pytest
from coding_helpers import event_triples

from multivector.coding import events

HOOKED = "requests_of_uncoded" in inspect.getsource(events)


@pytest.mark.slow
@pytest.mark.skipif(not HOOKED, reason="the events.py hook is a proposal of lists28")
def test_each_requester_of_an_uncoded_act_appeals(rules_coder):
    text = "The Security Council will debate the crisis on Friday at the request of Chile and Kenya."
    triples = event_triples(rules_coder, text)
    for asker in ("CHL", "KEN"):
        assert any(s == asker and t == "IGOUNO" and c[:2] == "02" for s, t, c in triples), triples


@pytest.mark.slow
@pytest.mark.skipif(not HOOKED, reason="the events.py hook is a proposal of lists28")
def test_an_invitation_or_a_condition_is_no_appeal(rules_coder):
    text = (
        "The minister travelled to Lima at the invitation of Chile. "
        "France says its troops will leave only at the request of Mali."
    )
    triples = event_triples(rules_coder, text)
    assert not any(c[:2] == "02" and s in ("CHL", "MLI") for s, t, c in triples), triples
