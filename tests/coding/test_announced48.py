"""announced48: a future passive with no agent in what a state's speaker says is the speaker's
state announcing its own act; a past passive is not. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.announced import announced_doer
from multivector.model import Actor


@pytest.mark.slow
def test_prisoners_would_be_released_by_the_speakers_state(rules_coder):
    text = "Egypt said the Israeli prisoners would be released on Friday."
    triples = event_triples(rules_coder, text, date="1979-06-20")
    assert any(
        s == "EGY" and (t or "").startswith("ISR") and c.startswith("03") for s, t, c in triples
    ), triples


@pytest.mark.slow
def test_soldiers_were_killed_is_no_act_of_the_speaker(rules_coder):
    triples = event_triples(
        rules_coder, "Iran said two of its soldiers were killed.", date="1988-06-20"
    )
    assert not any(s.startswith("IRN") for s, _t, _c in triples), triples


def test_a_past_passive_has_no_announced_doer(parse):
    # "Iran said soldiers were killed ."
    doc = parse(
        [
            ("Iran", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("soldiers", 4, "nsubjpass", "NOUN", "NNS", "soldier"),
            ("were", 4, "auxpass", "AUX", "VBD", "be"),
            ("killed", 1, "ccomp", "VERB", "VBN", "kill"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    assert announced_doer(doc[4], lambda t: [object()]) == []


def test_a_future_passive_is_the_speakers_states(parse):
    # "Iran said prisoners would be freed ."
    doc = parse(
        [
            ("Iran", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("prisoners", 5, "nsubjpass", "NOUN", "NNS", "prisoner"),
            ("would", 5, "aux", "AUX", "MD"),
            ("be", 5, "auxpass", "AUX", "VB"),
            ("freed", 1, "ccomp", "VERB", "VBN", "free"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    iran = Actor(
        text="Iran", code="IRN", country="IRN", span=None, kind="country", resolved_by="country"
    )
    assert announced_doer(doc[5], lambda t: [iran] if t.text == "Iran" else []) == [iran]
    rebels = Actor(
        text="rebels", code="IRNREB", country="IRN", span=None, kind="agent", resolved_by="agent"
    )
    assert announced_doer(doc[5], lambda t: [rebels]) == []  # rebels speak for no state
