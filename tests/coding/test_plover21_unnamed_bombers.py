"""plover21: a bombing whose clause names no doer ("a roadside bomb killed three policemen",
"were killed in a car bomb explosion") is an unnamed attacker's (policy
``unnamed_attacker_kinds``, agent UAF), of the place's country; other violence with no doer
named stays uncoded. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.ontology import load_ontology


def test_the_policy_names_bombings_only():
    policy = load_ontology().policy
    assert policy.unnamed_attacker("1833", "roadside_bombing")
    assert policy.unnamed_attacker("183", "bombing")
    assert not policy.unnamed_attacker("193", "small_arms")
    assert not policy.unnamed_attacker("190", "bombing")  # the act was not coded as a bombing


@pytest.mark.slow
def test_a_bomb_as_the_subject_is_an_unnamed_attacker_of_the_place(rules_coder):
    text = "A roadside bomb killed three Afghan policemen near Kandahar on Monday."
    triples = event_triples(rules_coder, text, date="2009-06-01")
    assert ("AFGUAF", "AFGCOP", "1833") in triples, triples


@pytest.mark.slow
def test_killed_in_a_car_bomb_explosion(rules_coder):
    text = "Two Iraqi soldiers were killed in a car bomb explosion in Mosul on Friday."
    triples = event_triples(rules_coder, text, date="2007-03-02")
    assert ("IRQUAF", "IRQMIL", "1832") in triples, triples


@pytest.mark.slow
def test_a_killing_with_no_doer_and_no_bomb_stays_uncoded(rules_coder):
    text = "Two Iraqi soldiers were killed in Mosul on Friday."
    triples = event_triples(rules_coder, text, date="2007-03-02")
    assert not any(s.endswith("UAF") for s, _t, _c in triples), triples
