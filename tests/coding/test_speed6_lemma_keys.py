"""lemma_in through each token's strings worked out once (wordclass.lemma_keys): the same answers
as reading the token each time, and no answer carried over from another document."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from multivector.coding.syntax import lemma_in as lemma_in_from_syntax
from multivector.coding.wordclass import _lemma_in, lemma_in, lemma_keys


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def raid(vocab) -> Doc:
    """ "Militants test-fired a truck bomb near Varnholt" (the hyphen written without spaces)."""
    return Doc(
        vocab,
        words=["Militants", "test", "-", "fired", "a", "truck", "bomb", "near", "Varnholt"],
        spaces=[True, False, False, True, True, True, True, True, False],
        heads=[3, 3, 3, 3, 6, 6, 3, 3, 7],
        deps=["nsubj", "npadvmod", "punct", "ROOT", "det", "compound", "dobj", "prep", "pobj"],
        pos=["NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN"],
        lemmas=["militant", "test", "-", "fire", "a", "truck", "bomb", "near", "Varnholt"],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-GPE"],
    )


# (token index, word class, entities, expected)
CASES = [
    (3, {"fire"}, True, True),  # the lemma
    (3, {"fired"}, True, True),  # the word as written
    (3, {"test-fire"}, True, True),  # the hyphenated word the tokenizer split, as a lemma
    (3, {"test-fired"}, True, False),  # ... not as written
    (6, {"truck bomb"}, True, True),  # a modifier + noun pair
    (6, {"bomb truck"}, True, False),
    (6, {"attack", "raid"}, True, False),
    (8, {"@gpe"}, True, True),  # an entity type as a class member
    (8, {"@gpe"}, False, False),  # ... unless entities are not asked for
    (8, {"@person"}, True, False),
    (0, {"militant", "@gpe"}, True, True),
]


@pytest.mark.parametrize(("i", "words", "entities", "expected"), CASES)
def test_lemma_in_by_keys_agrees_with_reading_the_token(raid, i, words, entities, expected):
    words = frozenset(words)
    assert lemma_in(raid[i], words, entities) is expected
    assert lemma_in_from_syntax is lemma_in  # the stages' import still works
    assert _lemma_in(raid[i], words, entities) is expected


def test_keys_are_not_carried_over_between_documents(vocab):
    def clause(verb: str, lemma: str) -> Doc:
        return Doc(
            vocab,
            words=["Envoys", verb, "again"],
            heads=[1, 1, 1],
            deps=["nsubj", "ROOT", "advmod"],
            pos=["NOUN", "VERB", "ADV"],
            lemmas=["envoy", lemma, "again"],
        )

    talks, fighting = clause("met", "meet"), clause("clashed", "clash")
    meet = frozenset({"meet"})
    assert lemma_in(talks[1], meet)
    assert not lemma_in(fighting[1], meet)  # the same token index in another document
    assert lemma_in(talks[1], meet)
    assert lemma_keys(fighting[1])[0] == frozenset({"clash", "clashed"})
