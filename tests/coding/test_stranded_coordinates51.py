"""syntax51: a finite verb the parser hung on an earlier verb as a bare ``dep`` shares that
verb's subject ("vessels blocked their path, then rammed them"; "leaders gathered in Cairo
condemned the raid"). Sentences and documents are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.clause_syntax import subject_of
from multivector.coding.stranded import stranded_coordinate

#          0          1         2        3      4      5       6       7
WORDS = ["Patrols", "blocked", "the", "boats", ",", "then", "rammed", "them"]
HEADS = [1, 1, 3, 1, 1, 6, 1, 6]
DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "advmod", "dep", "dobj"]
POS = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "VERB", "PRON"]
TAGS = ["NNS", "VBD", "DT", "NNS", ",", "RB", "VBD", "PRP"]


def _doc(words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=[w.lower() for w in words])


def test_a_verb_hung_as_dep_shares_the_earlier_verbs_subject():
    doc = _doc()
    assert stranded_coordinate(doc[6]) == doc[1]
    assert subject_of(doc[6]) == (doc[0], False)


def test_not_for_a_dep_with_a_subject_of_its_own():
    words = ["Patrols", "blocked", "the", "boats", ",", "then", "they", "rammed", "them"]
    heads = [1, 1, 3, 1, 1, 7, 7, 1, 7]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "advmod", "nsubj", "dep", "dobj"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "PRON", "VERB", "PRON"]
    tags = ["NNS", "VBD", "DT", "NNS", ",", "RB", "PRP", "VBD", "PRP"]
    doc = _doc(words, heads, deps, pos, tags)
    assert stranded_coordinate(doc[7]) is None
    assert subject_of(doc[7])[0] == doc[6]


def test_not_for_a_participle_or_a_dep_before_its_head():
    tags = [*TAGS[:6], "VBN", "PRP"]
    assert stranded_coordinate(_doc(tags=tags)[6]) is None
    words = ["Rammed", "them", ",", "patrols", "blocked", "the", "boats"]
    heads = [4, 0, 4, 4, 4, 6, 4]
    deps = ["dep", "dobj", "punct", "nsubj", "ROOT", "det", "dobj"]
    pos = ["VERB", "PRON", "PUNCT", "NOUN", "VERB", "DET", "NOUN"]
    tags = ["VBD", "PRP", ",", "NNS", "VBD", "DT", "NNS"]
    assert stranded_coordinate(_doc(words, heads, deps, pos, tags)[0]) is None


@pytest.mark.slow
def test_the_main_verb_after_a_participle_of_its_subject(rules_coder):
    triples = event_triples(
        rules_coder, "Arab leaders gathered in Cairo condemned the Israeli raid.", date="1985-10-02"
    )
    assert any(t and t[:3] == "ISR" and c == "111" for _s, t, c in triples), triples


def _statement(tag: str) -> Doc:
    """"A statement by Minsk called on Baku." with "called" tagged ``tag``."""
    #        0    1            2     3        4         5     6       7
    words = ["A", "statement", "by", "Minsk", "called", "on", "Baku", "."]
    return Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 2, 1, 4, 5, 1],
        deps=["det", "ROOT", "prep", "pobj", "acl", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NN", "IN", "NNP", tag, "IN", "NNP", "."],
        lemmas=["a", "statement", "by", "Minsk", "call", "on", "Baku", "."],
    )


def test_a_finite_verb_hung_as_a_clause_of_the_root_noun_is_its_predicate():
    doc = _statement("VBD")
    assert subject_of(doc[4]) == (doc[1], False)
    participle = _statement("VBN")
    assert subject_of(participle[4])[0] != participle[1]
