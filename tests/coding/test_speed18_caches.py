"""What speed18 keeps across documents or sentences gives what was read each time."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc
from spacy.vocab import Vocab
from test_verification import _doc, _event, _state

from multivector.coding.token_index import USER_DATA_KEY, release, token_index
from multivector.coding.verifier.features import verb_token
from multivector.coding.verifier.targets import Alternatives, SentenceReadings


def _words(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(Vocab(), words=words, lemmas=lemmas)


def test_word_columns_read_through_the_shared_memo_agree_with_spacy():
    first = _words(["Talks", "Resumed", "in", "Geneva"], ["Talk", "Resume", "in", "Geneva"])
    second = _words(["Geneva", "talks", "ENDED"], ["Geneva", "talk", "END"])
    for doc in (first, second, first):
        ix = token_index(doc)
        assert ix.text == [t.text for t in doc]
        assert ix.lower == [t.lower_ for t in doc]
        assert ix.lemma == [t.lemma_.lower() for t in doc]
        release(doc)


def test_the_last_document_is_answered_until_it_is_released():
    doc = _words(["Iran", "protested"], ["Iran", "protest"])
    ix = token_index(doc)
    assert token_index(doc) is ix and doc.user_data[USER_DATA_KEY] is ix
    release(doc)
    assert USER_DATA_KEY not in doc.user_data
    assert token_index(doc) is not ix  # built anew, not the released one
    other = _words(["Chile", "protested"], ["Chile", "protest"])
    assert token_index(other).text == ["Chile", "protested"]
    assert token_index(doc).text == ["Iran", "protested"]  # kept in its user_data
    release(doc)
    release(other)


def test_readings_kept_by_sentence_equal_those_read_each_time():
    doc = _doc()
    state = _state(doc)
    read: dict = {}
    for _ in range(2):  # the second time from what the first kept
        kept = SentenceReadings.of(doc[:], state, None, read)
        fresh = SentenceReadings.of(doc[:], state)
        assert kept.mentions == fresh.mentions
        assert read
        for event in (_event(doc),):
            a = Alternatives.of(event, doc[:], state, Counter({"GBR": 3}), None, kept)
            b = Alternatives.of(event, doc[:], state, Counter({"GBR": 3}), None, fresh)
            assert a.candidates == b.candidates


def test_the_verb_kept_from_the_last_look_up_is_each_documents_own():
    one, two = _doc(), _doc()
    event = _event(one)
    first = verb_token(one[:], event)
    assert first is not None and first.doc is one and first.i == 1
    assert verb_token(one[:], event) is first
    other = verb_token(two[:], event)
    assert other is not None and other.doc is two and other.i == 1
