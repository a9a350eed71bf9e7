"""defence24: releases won or mediated by a third party. A release secured, won or obtained
"from" the holder is the holder's release to the winner (converse_verbs of 0841 in
data/verbs.yaml), and a mediation a release came through, under or after (mediation_prepositions
in lang/en/grammar.yaml) mediates for the people freed, the passive subject of the release, when
no other parties are named (coding/mediation.py). Sentences are written for these tests (none
is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_a_release_won_from_a_state_is_that_state_s_release(rules_coder):
    events = event_triples(rules_coder, "Chile won the release of its fishermen from Bolivia on Friday.")
    assert ("BOL", "CHL", "0841") in events
    assert not any(s.startswith("CHL") and c.startswith("084") for s, _t, c in events), events


def test_a_release_obtained_from_rebels_is_the_rebels_release(rules_coder):
    text = "Peru obtained the release of three nurses from Colombian rebels."
    events = event_triples(rules_coder, text)
    assert any(s.startswith("COL") and t == "PER" and c == "0841" for s, t, c in events), events


def test_a_release_through_mediation_is_mediated_for_the_people_freed(rules_coder):
    text = "Two Nigerian sailors were freed on Monday through the mediation of Qatar."
    events = event_triples(rules_coder, text)
    assert any(s == "QAT" and (t or "").startswith("NGA") and c == "045" for s, t, c in events), events


def test_a_release_after_mediation_is_mediated(rules_coder):
    text = "Two Nigerian sailors were released on Monday after Qatari mediation."
    events = event_triples(rules_coder, text)
    assert any(s.startswith("QAT") and c == "045" for s, _t, c in events), events


def test_a_deal_brokered_for_freed_workers_is_mediated_for_them(rules_coder):
    text = "Three Thai workers were freed under an arrangement brokered by Oman."
    events = event_triples(rules_coder, text)
    assert any(s == "OMN" and (t or "").startswith("THA") and c == "045" for s, t, c in events), events
