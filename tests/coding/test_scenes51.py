"""scenes51: a generic actor with no country of its own takes the country of the place its act
happens in, also after a preposition of a scene ("through", "outside") and in the "of" phrase of
the preposition's object ("marched through the centre of Tripoli"). Sentences and documents are
written for these tests."""

from __future__ import annotations

import pytest
import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.scenes import scene_words


def test_scene_words_take_the_of_phrase_and_conjuncts():
    words = ["Crowds", "marched", "through", "the", "centre", "of", "Tripoli", "and", "Misrata"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 4, 5, 6, 6],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "cc", "conj"],
        pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
    )
    assert [t.text for t in scene_words(doc, 0, len(doc), ["in", "at"])] == ["centre", "Tripoli"]


def test_no_scene_without_a_preposition_of_place_or_scene():
    words = ["Crowds", "marched", "to", "the", "centre", "of", "Tripoli"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 4, 5],
        deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
        pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    )
    assert list(scene_words(doc, 0, len(doc), ["in", "at"])) == []


@pytest.mark.slow
def test_a_crowd_marching_through_a_city_is_of_its_country(rules_coder):
    triples = event_triples(
        rules_coder, "Crowds marched through the centre of Tripoli on Friday.", date="1986-04-18"
    )
    assert any(s.startswith("LBY") and c.startswith("14") for s, _t, c in triples), triples
