"""aspect21: aspectual verbs read through the act their object names ("began joint operations
against", "kept up strikes on"), and trade stopped by a gerund of buying ("stopped buying
goods from X": 163). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.aspects import aspectual

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    pos = ["VERB" if d == "ROOT" else ("ADP" if d in ("prt", "prep") else "NOUN") for d in deps]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def test_an_aspectual_verb_needs_a_direct_object():
    with_object = _doc(
        ["Russia", "began", "attacks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
        ["Russia", "begin", "attack"],
    )
    bare = _doc(["Talks", "began"], [1, 1], ["nsubj", "ROOT"], ["talk", "begin"])
    assert aspectual(with_object[1])
    assert not aspectual(bare[1])


def test_keep_is_aspectual_only_with_up():
    kept_up = _doc(
        ["Russia", "kept", "up", "strikes"], [1, 1, 1, 1], ["nsubj", "ROOT", "prt", "dobj"],
        ["Russia", "keep", "up", "strike"],
    )
    kept = _doc(
        ["UNITA", "kept", "mines"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
        ["UNITA", "keep", "mine"],
    )
    assert aspectual(kept_up[1])
    assert not aspectual(kept[1])


@pytest.mark.slow
def test_a_war_started_is_a_war_waged(rules_coder):
    triples = event_triples(rules_coder, "Armenia started a war against Azerbaijan in 1992.")
    assert ("ARM", "AZE", "190") in triples, triples


@pytest.mark.slow
def test_an_offensive_escalated_is_an_attack(rules_coder):
    triples = event_triples(rules_coder, "Ethiopia escalated its offensive against Eritrea.")
    assert ("ETH", "ERI", "190") in triples, triples


@pytest.mark.slow
def test_the_aspectual_verbs_own_pattern_comes_first(rules_coder):
    # "resume &ATTACK" is a ceasefire violated (196), not the stand-in's 190
    triples = event_triples(rules_coder, "Ethiopia resumed its offensive against Eritrea.")
    assert ("ETH", "ERI", "196") in triples, triples
    assert not any(c == "190" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_negated_aspectual_verb_gives_no_act(rules_coder):
    triples = event_triples(rules_coder, "Ethiopia did not begin an offensive against Eritrea.")
    assert not any(c.startswith("19") for _s, _t, c in triples), triples


@pytest.mark.slow
def test_an_object_that_names_no_act_gives_nothing(rules_coder):
    triples = event_triples(rules_coder, "Ethiopia began a new railway to Djibouti.")
    assert not triples, triples


@pytest.mark.slow
def test_goods_no_longer_bought_are_a_boycott(rules_coder):
    triples = event_triples(rules_coder, "Japan stopped buying steel from Korea in March.")
    assert ("JPN", "KOR", "163") in triples, triples
    assert not any(c == "061" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_goods_bought_stay_trade(rules_coder):
    triples = event_triples(rules_coder, "Japan bought steel from Korea in March.")
    assert ("JPN", "KOR", "061") in triples, triples
