"""rules11b: an act of war that names no target is aimed at the enemy (coding/adversary.py).

"Eritrean troops shelled Ethiopian positions. Ethiopian troops returned fire": Ethiopia's fire
is aimed at Eritrea, the other side of the latest act of war between the two, not at the
country the text is about. Not when the sentence names a third country, nor for police or
civilians. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.adversary import enemy_of, warring_country
from multivector.model import Actor, Event
from multivector.ontology import load_ontology


def _event(src: str, tgt: str, code: str) -> Event:
    def actor(c: str) -> Actor:
        return Actor(text=c, code=c, country=c[:3], kind="country")

    return Event(
        doc_id="d",
        sentence_id=0,
        sentence="",
        source=actor(src),
        target=actor(tgt),
        cameo=code,
        plover=None,
        quad_class=4,
        goldstein=-5.0,
        rule="test",
    )


def test_warring_country_is_one_country_or_its_armed_forces():
    countries = {"ETH", "ERI"}
    assert warring_country({"ETHMIL"}, countries) == "ETH"
    assert warring_country({"ETH", "ETHGOV"}, countries) == "ETH"
    assert warring_country({"ETHCOP"}, countries) is None  # police act at home
    assert warring_country({"ETHMIL", "ERIMIL"}, countries) is None


def test_the_enemy_is_the_other_side_of_the_latest_act_of_war():
    policy = load_ontology().policy
    events = [_event("ERIMIL", "ETH", "194"), _event("FRA", "ETH", "112")]
    assert enemy_of("ETH", events, policy) == "ERI"  # an accusation is no war
    assert enemy_of("ERI", events, policy) == "ETH"
    assert enemy_of("KEN", events, policy) is None


@pytest.mark.slow
def test_troops_return_fire_on_the_enemy(rules_coder):
    text = (
        "Ethiopia said on Monday that Eritrean troops had shelled Ethiopian positions. "
        "Ethiopian troops returned fire, the ministry said."
    )
    triples = event_triples(rules_coder, text)
    assert ("ETHMIL", "ERI", "190") in triples
    assert not any(s == "ETHMIL" and t == "ETH" for s, t, _c in triples)


@pytest.mark.slow
def test_a_third_country_in_the_sentence_keeps_the_usual_rules(rules_coder):
    text = (
        "Ethiopia said on Monday that Eritrean troops had shelled Ethiopian positions. "
        "Kenya said Ethiopian troops returned fire."
    )
    assert not any(t == "ERI" and c == "190" for _s, t, c in event_triples(rules_coder, text))
