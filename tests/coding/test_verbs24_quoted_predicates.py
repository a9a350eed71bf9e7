"""verbs24: a quoted predicate the parser hung on the object as its modifier ("called the
decision 'totally unacceptable'": "unacceptable" an ``amod`` of "decision") is the object's
predicate, as the unquoted one is; an adjective after its noun with no quotation mark before it
("the officials responsible") stays a modifier. Sentences are written for these tests.
"""

from __future__ import annotations

import spacy
from coding_helpers import event_triples
from spacy.tokens import Doc

from multivector.coding.syntax import quoted_adjectives


def _doc(words, heads, deps, pos) -> Doc:
    # an English vocabulary: a blank one knows no quotation marks (``Token.is_quote``)
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_quoted_adjective_after_the_object_is_its_predicate():
    words = ["Ecuador", "called", "the", "decision", '"', "totally", "unacceptable", '"']
    heads = [1, 1, 3, 1, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "advmod", "amod", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "ADJ", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert [t.text for t in quoted_adjectives(doc[3])] == ["unacceptable"]


def test_an_unquoted_adjective_after_its_noun_stays_a_modifier():
    words = ["Peru", "named", "the", "officials", "responsible"]
    heads = [1, 1, 3, 1, 3]
    deps = ["nsubj", "ROOT", "det", "dobj", "amod"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADJ"]
    doc = _doc(words, heads, deps, pos)
    assert quoted_adjectives(doc[3]) == []


def test_a_decision_called_unacceptable_in_quotes_is_criticised(rules_coder):
    text = 'Ecuador called the Peruvian decision "totally unacceptable".'
    assert ("ECU", "PER", "111") in event_triples(rules_coder, text)


def test_a_raid_called_a_slap_in_the_face_is_criticised(rules_coder):
    text = 'Chile called the Bolivian raid "a slap in the face".'
    assert ("CHL", "BOL", "111") in event_triples(rules_coder, text)


def test_a_leader_called_a_friend_in_quotes_is_not_criticised(rules_coder):
    text = 'Chile called the Bolivian president "a good friend".'
    assert "111" not in {c for _s, _t, c in event_triples(rules_coder, text)}
