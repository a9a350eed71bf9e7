"""A verb of naming in a free relative that is another verb's object, said by the same judge,
is that judge's name for what the governing verb judges, not a second act (session 52):
"Quito condemned what it called aggression" is one condemnation, no accusation beside it."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from multivector.coding.coder import Coder
from multivector.coding.unasserted import named_in_free_relative


def _doc(words, heads, deps, pos) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_free_relative_object_with_a_pronoun_judge_is_a_name():
    # Quito condemned what it called aggression .
    doc = _doc(
        "Quito condemned what it called aggression .".split(), [1, 1, 4, 4, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "punct"],
        ["PROPN", "VERB", "PRON", "PRON", "VERB", "NOUN", "PUNCT"],
    )  # fmt: skip
    assert named_in_free_relative(doc[4])


def test_a_name_another_gives_or_one_under_a_preposition_is_its_own_act():
    # Crowds denounced what Lima called aggression .
    other = _doc(
        "Crowds denounced what Lima called aggression .".split(), [1, 1, 4, 4, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "punct"],
        ["NOUN", "VERB", "PRON", "PROPN", "VERB", "NOUN", "PUNCT"],
    )  # fmt: skip
    assert not named_in_free_relative(other[4])
    # Troops fled , in what it called a retreat .
    under = _doc(
        "Troops fled , in what it called a retreat .".split(), [1, 1, 1, 1, 6, 6, 3, 8, 6, 1],
        ["nsubj", "ROOT", "punct", "prep", "dobj", "nsubj", "pcomp", "det", "oprd", "punct"],
        ["NOUN", "VERB", "PUNCT", "ADP", "PRON", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    )  # fmt: skip
    assert not named_in_free_relative(under[6])


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(model=False)


def test_the_judgement_is_coded_once(coder):
    events = coder.code_text("Ecuador condemned what it called Peruvian aggression.", date="1995-02-01")
    assert [(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo) for e in events] == [
        ("ECU", "PER", "111")
    ]
