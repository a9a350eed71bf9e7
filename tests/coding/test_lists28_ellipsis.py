"""lists28: an ellipsis of comparison ("..., as did Canada", "and so did Norway") repeats its own
sentence's act for its subject; a follower in the next sentence repeats the main clause's act,
not a participial adjunct's; a subject's apposition list of countries' organs ("X's government,
the Y administration and Z") acts as a whole (coding/followers.py, coding/listed_groups.py).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


def _has(triples, source: str, target: str, code: str) -> bool:
    return any(
        s.startswith(source) and t is not None and t.startswith(target) and c == code
        for s, t, c in triples
    )


@pytest.mark.slow
def test_as_did_repeats_the_act_for_each_listed_country(rules_coder):
    text = "Sweden expelled ten Russian diplomats on Monday, as did Chile, Peru and Kenya."
    triples = event_triples(rules_coder, text)
    for follower in ("CHL", "PER", "KEN"):
        assert _has(triples, follower, "RUS", "161"), (follower, triples)


@pytest.mark.slow
def test_so_did_repeats_the_act(rules_coder):
    text = "Austria recalled its ambassador from Minsk on Friday, and so did Hungary."
    triples = event_triples(rules_coder, text)
    assert _has(triples, "HUN", "BLR", "161"), triples


@pytest.mark.slow
def test_an_ellipsis_repeats_no_act_of_the_sentence_before(rules_coder):
    text = (
        "Sweden expelled ten Russian diplomats on Monday. "
        "Several states made statements, as did Chile."
    )
    triples = event_triples(rules_coder, text)
    assert not _has(triples, "CHL", "RUS", "161"), triples


@pytest.mark.slow
def test_a_follower_repeats_the_main_clause_not_its_adjunct(rules_coder):
    text = (
        "Kenya and Uganda cut diplomatic ties with Sudan on Monday, accusing it of arming rebels. "
        "Ethiopia's government, the Somali administration and Djibouti followed suit."
    )
    triples = event_triples(rules_coder, text)
    for follower in ("ETH", "SOM", "DJI"):
        assert _has(triples, follower, "SDN", "161"), (follower, triples)
        assert not _has(triples, follower, "SDN", "112"), (follower, triples)
