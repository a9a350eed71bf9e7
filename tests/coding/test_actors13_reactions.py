"""actors13: whom a reaction answers and who "both governments" are. Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_invasion_is_the_act_told_as_invaded(rules_coder):
    # the latest act of force is the defenders' reply; "the invasion" names the invaders' act
    text = (
        "Russian troops invaded Georgia in August. Georgian soldiers shot at Russian positions "
        "near Gori. France condemned the invasion."
    )
    triples = event_triples(rules_coder, text)
    assert ("FRA", "RUSMIL", "111") in triples
    assert not any(s == "FRA" and t and t.startswith("GEO") for s, t, _c in triples)


@pytest.mark.slow
def test_without_the_nouns_verb_the_latest_act_of_its_kind(rules_coder):
    text = (
        "Russian troops entered Georgia in August. Georgian soldiers shot at Russian positions "
        "near Gori. France condemned the attack."
    )
    assert ("FRA", "GEOMIL", "111") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_invasion_is_the_latest_occupation_before_a_later_reply(rules_coder):
    # rules32: an invasion occupies territory (192 before any 19), told as "entered" too
    text = (
        "Russian troops entered Georgia in August. Georgian soldiers shot at Russian positions "
        "near Gori. France condemned the invasion."
    )
    assert ("FRA", "RUSMIL", "111") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_both_governments_are_the_two_an_act_was_done_to(rules_coder):
    text = "Kenya accused Uganda and Tanzania of arming the rebels. Both governments denied the charge."
    triples = event_triples(rules_coder, text)
    assert {("UGAGOV", "KEN", "016"), ("TZAGOV", "KEN", "016")} <= triples
    assert not any(s.startswith("KEN") and c == "016" for s, _t, c in triples)


@pytest.mark.slow
def test_people_of_two_nationalities_are_no_sides(rules_coder):
    text = (
        "Hamas freed ten Thai farm workers and a Filipino nurse. Qatari officials mediated "
        "between the two sides."
    )
    triples = event_triples(rules_coder, text)
    assert not {("QATGOV", "THA", "045"), ("QATGOV", "PHL", "045")} <= triples


@pytest.mark.slow
def test_a_report_no_event_reported_answers_the_body_that_wrote_it(rules_coder):
    text = (
        "The European Union imposed sanctions on Minsk. A UN panel said the election was "
        "unfair. Belarus rejected the report."
    )
    triples = event_triples(rules_coder, text)
    assert ("BLR", "IGOUNO", "120") in triples


@pytest.mark.slow
def test_an_armed_group_writes_no_report(rules_coder):
    text = (
        "The Tamil Tigers attacked an army camp near Jaffna. Sri Lanka's foreign ministry "
        "rejected the report."
    )
    triples = event_triples(rules_coder, text)
    assert not any(c == "120" and t and "REB" in t for _s, t, c in triples)
