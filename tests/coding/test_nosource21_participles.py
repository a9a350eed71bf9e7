"""nosource21: the doer of a present participle hung on a noun (the noun, or for a vehicle the
doer of the verb that sends it), and troops fighting alongside a partner's forces. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.participle_doers import carrier_verb, participle_head

VOCAB = Vocab()


def _doc(words, heads, deps, tags, pos, lemmas) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _planes() -> Doc:
    # "Egypt sent planes carrying food"
    return _doc(
        ["Egypt", "sent", "planes", "carrying", "food"], [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "dobj", "acl", "dobj"], ["NNP", "VBD", "NNS", "VBG", "NN"],
        ["PROPN", "VERB", "NOUN", "VERB", "NOUN"], ["Egypt", "send", "plane", "carry", "food"],
    )


def test_a_participle_on_a_noun_has_that_noun_as_head():
    doc = _planes()
    assert participle_head(doc[3]) == doc[2]
    assert carrier_verb(doc[2]) == doc[1]


def test_a_participle_placing_people_names_no_act():
    # "Egypt received refugees arriving from Sudan"
    doc = _doc(
        ["Egypt", "received", "refugees", "arriving", "daily"], [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "dobj", "acl", "advmod"], ["NNP", "VBD", "NNS", "VBG", "RB"],
        ["PROPN", "VERB", "NOUN", "VERB", "ADV"], ["Egypt", "receive", "refugee", "arrive", "daily"],
    )
    assert participle_head(doc[3]) is None


def test_only_a_vehicle_carries_for_the_verb_s_doer():
    # "Egypt sent letters carrying threats": a letter is no vehicle
    doc = _doc(
        ["Egypt", "sent", "letters", "carrying", "threats"], [1, 1, 1, 2, 3],
        ["nsubj", "ROOT", "dobj", "acl", "dobj"], ["NNP", "VBD", "NNS", "VBG", "NNS"],
        ["PROPN", "VERB", "NOUN", "VERB", "NOUN"], ["Egypt", "send", "letter", "carry", "threat"],
    )
    assert carrier_verb(doc[2]) is None


@pytest.mark.slow
def test_planes_carrying_aid_are_sent_by_the_subject(rules_coder):
    text = "Jordan sent two planes carrying food and medicine to Port Sudan on Sunday."
    triples = event_triples(rules_coder, text, date="2025-11-02")
    assert ("JOR", "SDN", "073") in triples


@pytest.mark.slow
def test_troops_fighting_alongside_a_partner_cooperate(rules_coder):
    text = "Belarusian troops fighting alongside Russian units suffered heavy losses."
    triples = event_triples(rules_coder, text, date="2024-12-18")
    assert any(s.startswith("BLR") and t.startswith("RUS") and c == "062" for s, t, c in triples)
    text = "Belarusian troops fought alongside Russian units near Kyiv."
    triples = event_triples(rules_coder, text, date="2024-12-18")
    assert not any(c.startswith("19") for _s, _t, c in triples)
