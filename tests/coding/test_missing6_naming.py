"""An act named with a word of censure (111) or as a crime (112): "called the ruling a
setback", "described the ban as regrettable", "branded the boarding piracy".

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import load_dictionaries
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects


@pytest.fixture(scope="module")
def events():
    return load_dictionaries().events


def _code(events, doc) -> str | None:
    v = doc[1]
    m = match_patterns(v, events.patterns_for(v.lemma_), direct_objects(v))
    return m.pattern.code if m else None


def _named(parse, verb: str, lemma: str, word: str, tag: str):
    # "Peru <verb> the move a <word>" / "Peru <verb> the move <word>"
    return parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("the", 3, "det", "DET", "DT"),
            ("move", 1, "dobj", "NOUN", "NN"),
            ("a", 5, "det", "DET", "DT"),
            (word, 1, "oprd", "NOUN" if tag.startswith("NN") else "ADJ", tag),
        ]
    )


def _described(parse, verb: str, lemma: str, word: str, tag: str):
    # "Ghana <verb> the ban as <word>"
    return parse(
        [
            ("Ghana", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("the", 3, "det", "DET", "DT"),
            ("ban", 1, "dobj", "NOUN", "NN"),
            ("as", 1, "prep", "ADP", "IN"),
            (
                word,
                4,
                "pobj" if tag.startswith("NN") else "amod",
                "NOUN" if tag.startswith("NN") else "ADJ",
                tag,
            ),
        ]
    )


@pytest.mark.parametrize(
    ("build", "verb", "lemma", "word", "tag", "code"),
    [
        (_named, "called", "call", "setback", "NN", "111"),
        (_named, "termed", "term", "betrayal", "NN", "111"),
        (_named, "labelled", "label", "political", "JJ", "111"),
        (_described, "described", "describe", "regrettable", "JJ", "111"),
        (_described, "characterised", "characterise", "dangerous", "JJ", "111"),
        # rules36: a common crime's name criticises (111); aggression and the crimes of war
        # accuse (112)
        (_named, "branded", "brand", "piracy", "NN", "111"),
        (_named, "called", "call", "terrorism", "NN", "111"),
        (_described, "described", "describe", "genocide", "NN", "112"),
        (_described, "labelled", "label", "aggression", "NN", "112"),
    ],
)
def test_an_act_named_with_censure_or_as_a_crime(
    parse, events, build, verb, lemma, word, tag, code
):
    assert _code(events, build(parse, verb, lemma, word, tag)) == code
