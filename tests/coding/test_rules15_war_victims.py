"""rules15: an agentless passive act of war on one country's people or forces ("twenty Indian
soldiers were killed") is the act of the other side of the story's latest act of war with that
country (`coding/war_victims.py`); with no such act, or a third country as the victims, no doer.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_victims_of_a_war_are_the_enemys_target(rules_coder):
    text = (
        "Chinese troops attacked Indian positions in the Galwan valley. Twenty Indian soldiers"
        " were killed on Monday night."
    )
    assert ("CHN", "INDMIL", "190") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_no_war_no_doer(rules_coder):
    text = "Twenty Indian soldiers were killed on Monday night."
    assert event_triples(rules_coder, text) == set()


@pytest.mark.slow
def test_victims_of_a_third_country_get_no_doer(rules_coder):
    text = "Chilean troops shelled Peruvian villages. Three Bolivian civilians were wounded."
    assert not any(t and t.startswith("BOL") for _s, t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_named_agent_is_not_replaced_by_the_enemy(rules_coder):
    text = (
        "Chinese troops attacked Indian positions in Ladakh. An Indian officer was shot dead by"
        " a bodyguard."
    )
    assert not any(c.startswith("18") for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_coercion_makes_no_enemy(rules_coder):
    text = (
        "Chilean police arrested twelve Peruvian fishermen on Monday. Two Peruvian fishermen were"
        " beaten."
    )
    # no act of Chile's supplied as the enemy's (an unnamed doer of the beating may stand)
    assert not any(c.startswith("18") and s.startswith("CHL") for s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_the_supplied_enemy_is_no_reported_accusation(rules_coder):
    text = (
        "Chinese troops attacked Indian positions in Ladakh. The Indian army said twenty Indian"
        " soldiers had been killed."
    )
    assert not any(c == "112" for _s, _t, c in event_triples(rules_coder, text))
