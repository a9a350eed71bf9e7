"""rules18: verbs of imitation ("followed on Tuesday", "followed suit", "did the same") repeat
the act just reported for their subject, with its code and target (coding/followers.py;
imitation_* in lang/en/grammar.yaml). Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_followers_in_the_next_sentence_repeat_the_act(rules_coder):
    text = (
        "Germany expelled 40 Russian diplomats on Monday. Italy and Spain followed on Tuesday. "
        "Canada followed suit. Japan did the same."
    )
    triples = event_triples(rules_coder, text)
    for follower in ("ITA", "ESP", "CAN", "JPN"):
        assert any(
            s == follower and t is not None and t.startswith("RUS") and c == "161"
            for s, t, c in triples
        ), (follower, triples)


@pytest.mark.slow
def test_a_follower_in_the_same_sentence_repeats_the_earlier_clause(rules_coder):
    text = "Egypt accepted the ceasefire on Monday, and Syria followed on Wednesday."
    triples = event_triples(rules_coder, text)
    assert any(s == "SYR" and c == "0871" for s, _t, c in triples), triples


@pytest.mark.slow
def test_following_that_names_its_own_act_or_no_actor_copies_nothing(rules_coder):
    text = (
        "Germany expelled 40 Russian diplomats on Monday. Japan followed with sanctions of its "
        "own. In the days that followed, talks resumed."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s == "JPN" and c == "161" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_follower_intention_is_not_a_done_act(rules_coder):
    text = "Germany expelled 40 Russian diplomats on Monday. Japan may follow suit."
    triples = event_triples(rules_coder, text)
    assert not any(s == "JPN" for s, _t, _c in triples), triples
