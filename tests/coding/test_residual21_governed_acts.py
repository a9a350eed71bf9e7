"""residual21: a governor of intention, agreement or refusal is coded through its complement
when that complement is a light verb whose event noun has a pattern ("was ready to open formal
talks": 036, not also the residual 030 of "be ready to"); "send" is read by its object (advisers
sent, officials sent to a capital). Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


def _codes(coder, text: str) -> set[str]:
    return {c for _s, _t, c in event_triples(coder, text)}


@pytest.mark.slow
def test_ready_to_open_talks_is_an_intention_to_negotiate_only(rules_coder):
    text = "The Colombian government said it was ready to open fresh talks with Venezuela."
    assert ("COLGOV", "VEN", "036") in event_triples(rules_coder, text)
    assert "030" not in _codes(rules_coder, text)


@pytest.mark.slow
def test_refusing_to_open_talks_is_a_refusal_to_negotiate(rules_coder):
    assert _codes(rules_coder, "Russia refused to open talks with Ukraine.") == {"125"}


@pytest.mark.slow
def test_a_light_verb_with_no_event_noun_leaves_the_governor_its_own_code(rules_coder):
    # "open a museum" names no act: the offer itself is what was done
    assert _codes(rules_coder, "Spain offered to open a museum in Colombia.") == {"030"}


@pytest.mark.slow
def test_offering_to_send_military_trainers_is_an_intention_of_military_aid(rules_coder):
    # no destination named: the advisers alone say what is offered
    text = "After the attacks in Cabo Delgado, Portugal offered to send military trainers."
    assert any(s == "PRT" and c == "0332" for s, _t, c in event_triples(rules_coder, text))
    assert "030" not in _codes(rules_coder, text)


@pytest.mark.slow
def test_sending_a_minister_to_a_capital_is_a_visit_sending_tanks_is_military_aid(rules_coder):
    visit = event_triples(rules_coder, "Senegal sent its fisheries minister to Nouakchott.")
    assert {c for _s, _t, c in visit} == {"042"}
    tanks = _codes(rules_coder, "The Czech Republic sent tanks to Ukraine.")
    assert "042" not in tanks and "060" not in tanks


@pytest.mark.slow
def test_an_appeal_is_read_by_what_is_asked_for(rules_coder):
    clothing = "Armenia's government asked donors for heating fuel and winter clothing."
    assert "0233" in _codes(rules_coder, clothing)
    guns = "Taiwan asked Washington for more landing craft and heavy guns."
    assert ("TWN", "USAGOV", "0232") in event_triples(rules_coder, guns)
