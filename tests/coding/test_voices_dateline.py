"""A news dateline is a sentence of its own, and the story's first words stay with their
sentence (multivector.nlp.paragraph_boundaries): "BAKU, March 12 - Azerbaijan, Kazakhstan and
Georgia signed ..." must not leave "Azerbaijan" alone, or its first actor is lost.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

TEXTS = [
    "BAKU, March 12 - Azerbaijan, Kazakhstan and Georgia signed an agreement on Tuesday to set "
    "up a joint company that will run container traffic across the Caspian Sea.",
    "LIMA, June 2 - Peru, Chile and Bolivia agreed on Monday to share data on river levels "
    "along their common borders, officials said.",
    "HANOI, Oct 9 (Wire) - Vietnam, Laos and Cambodia held talks on Thursday about new "
    "hydropower dams on the Mekong, the three governments said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_first_sentence_after_a_dateline_is_whole(coder, text):
    sents = [s.text.strip() for s in coder.nlp(text).sents]
    assert len(sents) == 2
    assert sents[0].endswith("-")
    assert sents[1].split()[0].rstrip(",") in {"Azerbaijan", "Peru", "Vietnam"}
    assert sents[1].endswith(".")
