"""What speed22 made cheaper on the model path gives what was worked out before."""

from __future__ import annotations

import math

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab
from test_verification import _doc, _state

from multivector.coding.classifier.features import sentence_features, word
from multivector.coding.verifier.features import size
from multivector.coding.verifier.model import LinearScorer
from multivector.coding.verifier.targets import SentenceReadings


def test_size_is_the_first_cap_not_exceeded_or_one_past_the_last():
    caps = (1, 2, 4, 8)
    got = [size(n, caps) for n in (0, 1, 2, 3, 4, 5, 8, 9, 100)]
    assert got == ["1", "1", "2", "4", "4", "8", "8", "9", "9"]


def test_a_score_counts_known_features_once_and_unknown_ones_as_nothing():
    scorer = LinearScorer(["a", "b"], np.array([0.5, -0.25], dtype=np.float32), 0.125)
    assert scorer.score(["a", "a", "b", "zzz"]) == 0.125 + math.fsum([0.5, -0.25])
    assert scorer.score(["zzz", "yyy"]) == 0.125
    assert scorer.score([]) == 0.125


def test_a_reading_of_the_sentence_has_its_head_word_and_one_of_the_sentence_before_none():
    doc = _doc()
    state = _state(doc)
    readings = SentenceReadings.of(doc[:], state)
    assert readings.mentions
    for r in readings.mentions:
        assert r.root is not None and r.root.i == doc[r.start : r.end].root.i
    before = SentenceReadings.of(doc[1:], state, doc[:1])
    for r in before.mentions:
        assert (r.root is None) == (r.where_feature == "where=previous")


def test_sentence_features_read_names_numbers_and_lemmas_as_word_does():
    words = ["Chile", "sent", "500", "troops", "to", "Peru"]
    doc = Doc(
        Vocab(),
        words=words,
        lemmas=["Chile", "send", "500", "troop", "to", "Peru"],
        pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN"],
        heads=[1, 1, 3, 1, 1, 4],
        deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
        ents=["B-GPE", "O", "O", "O", "O", "B-GPE"],
    )
    assert [word(t) for t in doc] == ["ENT:GPE", "send", "NUM", "troop", "to", "ENT:GPE"]
    assert sentence_features(doc[:]) == [
        "w=ENT:GPE", "w=send", "b=ENT:GPE_send", "root=send", "v=send>troop",
        "v=send+to", "v=send+to>ENT:GPE", "w=NUM", "b=send_NUM", "w=troop", "b=NUM_troop",
        "w=ENT:GPE", "b=troop_ENT:GPE",
    ]  # fmt: skip
