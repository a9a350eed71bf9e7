"""conj50: a speech act the parser hung on the clause its speaker reported is the speaker's when
that clause's subject names no actor ("Japan said five of the missiles landed in its waters and
called on ..."), and a subject the parser hung on an auxiliary is its verb's ("the award was
binding"). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.argument_syntax import reporter_of_conjunct
from multivector.coding.clause_syntax import subject_of

#          0        1      2      3        4        5     6       7        8      9
WORDS = ["Peru", "said", "the", "shells", "fell", "near", "Lima", "and", "urged", "Chile"]
HEADS = [1, 1, 3, 4, 1, 4, 5, 4, 4, 8]
DEPS = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "cc", "conj", "dobj"]
POS = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PROPN"]
TAGS = ["NNP", "VBD", "DT", "NNS", "VBD", "IN", "NNP", "CC", "VBD", "NNP"]


def _doc(words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS) -> Doc:
    lemmas = [w.lower() for w in words]
    lemmas[lemmas.index("said")] = "say"
    if "urged" in lemmas:
        lemmas[lemmas.index("urged")] = "urge"
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_the_speaker_of_a_speech_act_hung_on_the_reported_clause():
    doc = _doc()
    assert reporter_of_conjunct(doc[8]).text == "Peru"


def test_not_for_a_conjunct_that_is_no_speech_act():
    words = [*WORDS[:8], "shelled", "Chile"]
    doc = _doc(words=words)
    assert reporter_of_conjunct(doc[8]) is None


def test_not_for_a_conjunct_with_its_own_subject():
    words = ["Peru", "said", "the", "shells", "fell", "near", "Lima", "and", "it", "urged", "Chile"]
    heads = [1, 1, 3, 4, 1, 4, 5, 4, 9, 4, 9]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "prep", "pobj", "cc", "nsubj", "conj", "dobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PRON", "VERB", "PROPN"]
    tags = ["NNP", "VBD", "DT", "NNS", "VBD", "IN", "NNP", "CC", "PRP", "VBD", "NNP"]
    doc = _doc(words, heads, deps, pos, tags)
    assert reporter_of_conjunct(doc[9]) is None


def test_a_subject_hung_on_the_auxiliary_is_the_verbs():
    #        0      1        2        3      4
    words = ["the", "award", "was", "binding", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 2, 3, 3, 3],
        deps=["det", "nsubj", "aux", "ROOT", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "VBG", "."],
        lemmas=["the", "award", "be", "bind", "."],
    )
    assert subject_of(doc[3]) == (doc[1], False)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Tokyo said three of the rockets fell inside its waters and accused Pyongyang of "
            "recklessness.",
            ("JPN", "PRK", "112"),
        ),
    ],
)
def test_speech_acts_after_a_reported_clause(rules_coder, text, triple):
    triples = event_triples(rules_coder, text, date="2017-08-29")
    source, target, code = triple
    assert any(s[:3] == source and t[:3] == target and c == code for s, t, c in triples), triples
