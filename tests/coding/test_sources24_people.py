"""sources24: a person introduced with a role and the country that role states keeps that
country for a later bare family name or courtesy-titled name ("Mr Varga"); a role with no
stated country gives none. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.namesakes import apposed_roles, bare_name, full_name_before, stated
from multivector.model import Actor

VOCAB = Vocab()

# "Tomas Varga , the Slovak envoy , left . Mr Varga spoke ."
WORDS = ["Tomas", "Varga", ",", "the", "Slovak", "envoy", ",", "left", ".", "Mr", "Varga",
         "spoke", "."]  # fmt: skip
HEADS = [1, 7, 1, 5, 5, 1, 1, 7, 7, 10, 11, 11, 11]
DEPS = ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "punct",
        "compound", "nsubj", "ROOT", "punct"]  # fmt: skip
POS = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PUNCT", "PROPN",
       "PROPN", "VERB", "PUNCT"]  # fmt: skip
ENTS = ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "O", "O", "B-PERSON", "O",
        "O"]  # fmt: skip


def _doc(words: list[str] = WORDS) -> Doc:
    return Doc(VOCAB, words=words, heads=HEADS, deps=DEPS, pos=POS, ents=ENTS)


def test_a_courtesy_title_leaves_the_family_name_bare():
    doc = _doc()
    assert bare_name(doc[10])  # "Mr Varga"
    assert full_name_before(doc[10]) == doc[1]


def test_a_given_name_is_no_courtesy_title():
    words = [*WORDS[:9], "Ivan", *WORDS[10:]]  # "Ivan Varga spoke": another Varga
    assert not bare_name(_doc(words)[10])


def test_the_role_in_apposition_with_the_full_name():
    doc = _doc()
    assert apposed_roles(doc[1]) == [doc[5]]


def _actor(how: str, country: str | None = "SVK") -> Actor:
    return Actor(text="the envoy", code=(country or "") + "GOV", country=country, kind="agent",
                 resolved_by=how)  # fmt: skip


def test_only_a_country_the_role_states_is_kept():
    assert stated(_actor("agent:envoy+adjective:Slovak"))
    assert stated(_actor("agent:minister+country:Slovakia"))
    assert not stated(_actor("agent:envoy+focus"))
    assert not stated(_actor("agent:envoy+place"))
    assert not stated(_actor("agent:envoy+home"))
    assert not stated(_actor("agent:envoy", country=None))
    assert stated(_actor("agent:inspector+organization:United Nations", country=None))


@pytest.mark.slow
def test_mr_surname_keeps_the_country_of_the_apposed_role(rules_coder):
    text = (
        "Tomas Varga, the Slovak foreign minister, met his Polish counterpart in Krakow on "
        "Monday. Mr Varga accused Hungary of meddling."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "SVKGOV" and t == "HUN" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_a_name_in_apposition_to_a_national_role(rules_coder):
    text = (
        "The Chilean envoy Marta Ruiz arrived in Lima on Monday. "
        "Ruiz criticised Bolivia over the border dispute."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert ("CHLGOV", "BOL", "111") in triples


@pytest.mark.slow
def test_a_role_with_no_country_stated_gives_none(rules_coder):
    text = (
        "Pablo Soto, the foreign minister, visited Quito on Monday. "
        "Mr Soto praised Ecuador for its help."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert not any(t == "ECU" and c.startswith("05") for _s, t, c in triples)


def test_a_family_name_first_with_a_hyphened_given_name():
    # "Kim Jun - ho left . Kim spoke ." (the tokenizer cut the given name at its hyphen)
    words = ["Kim", "Jun", "-", "ho", "left", ".", "Kim", "spoke", "."]
    heads = [3, 3, 3, 4, 4, 4, 7, 7, 7]
    deps = ["compound", "compound", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert full_name_before(doc[6]) == doc[3]
    ents[2] = "O"  # "-" outside the name: two names, not one
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert full_name_before(doc[6]) is None


@pytest.mark.slow
def test_a_body_the_apposed_role_names(rules_coder):
    text = (
        "The senior United Nations nuclear inspector, Hans Olsen, briefed the council on "
        "Tuesday. Iran's deputy foreign minister accused Olsen of spying."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert any(s == "IRNGOV" and t == "IGOUNO" and c.startswith("112") for s, t, c in triples)


@pytest.mark.slow
def test_a_relative_of_an_official_is_not_the_official(rules_coder):
    text = (
        "Maria Ruiz, the wife of the Chilean ambassador, arrived in Lima on Monday. "
        "Ruiz praised Peru for its help."
    )
    triples = event_triples(rules_coder, text, date="2024-03-01")
    assert not any(t == "PER" and c.startswith("05") for _s, t, c in triples)
