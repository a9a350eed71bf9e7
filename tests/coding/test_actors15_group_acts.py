"""actors15: group acts give one event per source-target pair, every pair of a group acting
among itself once, never a party to itself, nothing more. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


def _pairs(triples, root):
    return {(s, t) for s, t, c in triples if c.startswith(root)}


@pytest.mark.slow
def test_three_states_recalling_envoys_give_three_events(rules_coder):
    text = "Latvia, Estonia and Lithuania recalled their ambassadors from Moscow."
    pairs = _pairs(event_triples(rules_coder, text), "16")
    assert {s[:3] for s, _t in pairs} == {"LVA", "EST", "LTU"}
    assert len(pairs) == 3 and all(t and t.startswith("RUS") for _s, t in pairs)


@pytest.mark.slow
def test_three_states_meeting_give_each_pair_once(rules_coder):
    pairs = _pairs(event_triples(rules_coder, "France, Italy and Spain met in Rome."), "04")
    assert {frozenset(p) for p in pairs} == {
        frozenset(("FRA", "ITA")),
        frozenset(("FRA", "ESP")),
        frozenset(("ITA", "ESP")),
    }
    assert len(pairs) == 3


@pytest.mark.slow
def test_a_joint_exercise_of_three_covers_every_pair_never_a_party_to_itself(rules_coder):
    text = "Russia, China and Iran held joint naval exercises in the Gulf of Oman."
    pairs = _pairs(event_triples(rules_coder, text), "06")
    assert {frozenset(p) for p in pairs} == {
        frozenset(("RUS", "CHN")),
        frozenset(("RUS", "IRN")),
        frozenset(("CHN", "IRN")),
    }
    assert all(s != t for s, t in pairs)
    assert len(pairs) == 3  # each pair once, not also the other way round


@pytest.mark.slow
def test_ministers_of_a_list_of_countries_are_each_one_s_government(rules_coder):
    text = "The foreign ministers of Brazil, Argentina and Chile met in Brasilia."
    pairs = _pairs(event_triples(rules_coder, text), "04")
    assert {frozenset(p) for p in pairs} == {
        frozenset(("BRAGOV", "ARGGOV")),
        frozenset(("BRAGOV", "CHLGOV")),
        frozenset(("ARGGOV", "CHLGOV")),
    }
