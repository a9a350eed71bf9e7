"""Noun-phrase resolution stage on hand-built parses: names, role nouns, places, pronouns."""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.dates import DateValue
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState

IN_1995 = dt.date(1995, 7, 1)


@pytest.fixture(scope="module")
def phrases(lexicon) -> PhraseResolver:
    return PhraseResolver(lexicon)


def _state(lexicon, doc) -> DocumentState:
    return DocumentState(doc_id="t", doc_date=None, mentions=lexicon.find_mentions(doc))


def test_named_country_and_its_conjuncts(parse, lexicon, phrases):
    doc = parse(
        [
            ("Kazakhstan", 1, "nsubj", "PROPN", "NNP"),
            ("visited", 1, "ROOT", "VERB", "VBD", "visit"),
            ("Turkey", 1, "dobj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"),
            ("Iran", 2, "conj", "PROPN", "NNP"),
        ]
    )
    state = _state(lexicon, doc)
    assert [a.code for a in phrases.resolve(doc[0], state, IN_1995, "source")] == ["KAZ"]
    assert [a.code for a in phrases.resolve(doc[2], state, IN_1995, "target")] == ["TUR", "IRN"]


def test_role_noun_with_owner(parse, lexicon, phrases):
    doc = parse(
        [
            ("the", 2, "det", "DET", "DT"),
            ("Kazakh", 2, "amod", "ADJ", "JJ"),
            ("legislature", 3, "nsubj", "NOUN", "NN"),
            ("voted", 3, "ROOT", "VERB", "VBD", "vote"),
        ]
    )
    [actor] = phrases.resolve(doc[2], _state(lexicon, doc), IN_1995, "source")
    assert (actor.code, actor.country, actor.kind) == ("KAZLEG", "KAZ", "agent")


def test_role_noun_takes_the_country_of_the_place(parse, lexicon, phrases):
    doc = parse(
        [
            ("protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
            ("marched", 1, "ROOT", "VERB", "VBD", "march"),
            ("in", 1, "prep", "ADP", "IN"),
            ("Kazakhstan", 2, "pobj", "PROPN", "NNP"),
        ]
    )
    [actor] = phrases.resolve(doc[0], _state(lexicon, doc), IN_1995, "source")
    assert actor.code == "KAZCVL" and actor.resolved_by == "agent:protester+place"


def test_pronoun_resolves_to_the_noted_leader_at_its_own_mention(parse, lexicon, phrases):
    doc = parse(
        [
            ("Nazarbayev", 1, "nsubj", "PROPN", "NNP"),
            ("arrived", 1, "ROOT", "VERB", "VBD", "arrive"),
            (".", 1, "punct", "PUNCT", "."),
            ("He", 4, "nsubj", "PRON", "PRP", "he"),
            ("spoke", 4, "ROOT", "VERB", "VBD", "speak"),
        ]
    )
    state = _state(lexicon, doc)
    state.noun_phrases = [0, 3]  # what the predicate stage's index would list
    state.narrative = DateValue("1995", "year", "explicit")  # whose term: Nazarbayev's as president
    first, _ = list(doc.sents)
    phrases.note_until(first, first.end, state)
    state.tracker.new_sentence()
    [actor] = phrases.resolve(doc[3], state, IN_1995, "source")
    assert actor.code == "KAZGOV" and actor.coref and actor.text == "He"
    by_antecedent = PhraseResolver(lexicon, coref_at_mention=False)
    [same] = by_antecedent.resolve(doc[3], state, IN_1995, "source")
    assert same.code == "KAZGOV" and same.text == "Nazarbayev"


def test_reflexives_and_unknown_words_are_no_actor(parse, lexicon, phrases):
    doc = parse(
        [
            ("Russia", 1, "nsubj", "PROPN", "NNP"),
            ("armed", 1, "ROOT", "VERB", "VBD", "arm"),
            ("itself", 1, "dobj", "PRON", "PRP"),
            ("with", 1, "prep", "ADP", "IN"),
            ("missiles", 3, "pobj", "NOUN", "NNS", "missile"),
        ]
    )
    state = _state(lexicon, doc)
    assert phrases.resolve(doc[2], state, IN_1995, "target") == []
    assert phrases.resolve(doc[4], state, IN_1995, "target") == []
