"""nosource21: a bare family name stands for the person named in full before it, and a person
the text names with a title (not listed in the actor table) is a person a pronoun may refer to.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.coref import is_person
from multivector.coding.namesakes import bare_name, full_name_before, owned
from multivector.model import Actor

VOCAB = Vocab()

# "US House Speaker Nancy Pelosi flew to Taiwan . Pelosi arrived ."
WORDS = ["US", "House", "Speaker", "Nancy", "Pelosi", "flew", "to", "Taiwan", ".",
         "Pelosi", "arrived", "."]  # fmt: skip
HEADS = [2, 2, 4, 4, 5, 5, 5, 6, 5, 10, 10, 10]
DEPS = ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "prep", "pobj",
        "punct", "nsubj", "ROOT", "punct"]  # fmt: skip
POS = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT",
       "PROPN", "VERB", "PUNCT"]  # fmt: skip


def _doc(ents: list[str]) -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, ents=ents)


FULL = ["B-GPE", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "B-PERSON", "O",
        "O"]  # fmt: skip


def test_a_bare_family_name_is_the_full_name_before_it():
    doc = _doc(FULL)
    assert bare_name(doc[9])
    assert full_name_before(doc[9]) == doc[4]


def test_a_name_with_its_given_name_is_not_bare():
    doc = _doc(FULL)
    assert not bare_name(doc[4])  # "Nancy Pelosi"
    assert full_name_before(doc[4]) is None


def test_no_full_name_before_means_no_namesake():
    # the earlier "Pelosi" is not tagged as a person's name: no name of two words to repeat
    ents = ["B-GPE", "B-ORG", "O", "O", "B-ORG", "O", "O", "B-GPE", "O", "B-PERSON", "O", "O"]
    doc = _doc(ents)
    assert full_name_before(doc[9]) is None


def _actor(how: str, kind: str = "agent") -> Actor:
    return Actor(text="Jorge Glas", code="MEXGOV", country="MEX", kind=kind, resolved_by=how)


def test_a_country_guessed_from_the_focus_does_not_carry_over():
    assert owned([_actor("title:GOV+focus")]) == []
    named = _actor("title:LEG+adjective:US")
    assert owned([named]) == [named]


def test_a_titled_name_is_a_person():
    assert is_person(_actor("title:GOV+adjective:Chinese"))
    assert not is_person(_actor("agent:ministry+adjective:Chinese"))


@pytest.mark.slow
def test_the_family_name_alone_acts_for_the_titled_person(rules_coder):
    text = (
        "US House Speaker Nancy Pelosi left Malaysia on Tuesday. "
        "Pelosi arrived in Taipei late on Tuesday."
    )
    triples = event_triples(rules_coder, text, date="2022-08-03")
    assert any(s == "USALEG" and c == "042" for s, _t, c in triples)


@pytest.mark.slow
def test_a_pronoun_refers_to_a_titled_spokesman(rules_coder):
    text = (
        "Chinese Foreign Ministry spokesman Zhao Lijian said the boat had entered Chinese waters. "
        "He urged Vietnam to educate its fishermen."
    )
    triples = event_triples(rules_coder, text, date="2020-04-04")
    assert any(s == "CHNGOV" and t == "VNM" and c.startswith("02") for s, t, c in triples)
