"""nosource21: a person's office owned by a pronoun acts for that person ("said her office was
collecting evidence"). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.offices import office_owner

VOCAB = Vocab()


def _doc(owner: str) -> Doc:
    """"<owner> office opened investigations" with "<owner>" a possessive of "office"."""
    words = [owner, "office", "opened", "investigations"]
    return Doc(
        VOCAB,
        words=words,
        heads=[1, 2, 2, 2],
        deps=["poss", "nsubj", "ROOT", "dobj"],
        pos=["PRON", "NOUN", "VERB", "NOUN"],
        lemmas=[owner.lower(), "office", "open", "investigation"],
    )


def test_her_office_is_hers():
    doc = _doc("her")
    assert office_owner(doc[2]) == doc[0]


def test_an_office_with_no_person_owner_is_no_one():
    assert office_owner(_doc("their")[2]) is None  # not a person's pronoun
    doc = Doc(
        VOCAB, words=["the", "office", "opened", "investigations"], heads=[1, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "VERB", "NOUN"],
        lemmas=["the", "office", "open", "investigation"],
    )
    assert office_owner(doc[2]) is None


@pytest.mark.slow
def test_said_her_office_was_collecting_evidence(rules_coder):
    text = (
        "The United Nations human rights chief said her office was collecting evidence of war "
        "crimes in Sudan."
    )
    triples = event_triples(rules_coder, text, date="2023-11-10")
    assert any(s == "IGOUNO" and c.startswith("09") for s, _t, c in triples)


@pytest.mark.slow
def test_whose_office_is_the_owner_of_the_relative_clause(rules_coder):
    text = (
        "The prosecutor of the International Criminal Court, whose office is investigating the "
        "killings in Darfur, met Sudanese officials."
    )
    triples = event_triples(rules_coder, text, date="2023-11-10")
    assert any(s == "IGOJUDICC" and c.startswith("09") for s, _t, c in triples)
