"""leg29: a country name that is also a given name ("Chad", "Jordan") is the country where the
tagger tags it a place elsewhere in the document, unless it is part of a longer person's name;
chambers of parliament by their own names are the legislature; a month compounded on a family
name is no name word; a handshake is a meeting. Hand-built Docs and sentences
written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import _inside_person_name, _tagged_places


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, ents=ents)


def test_a_name_tagged_a_place_once_is_a_place_in_the_document():
    doc = _doc(["Chad", "left", ".", "Besides", "Chad", ","], ["B-PERSON", "O", "O", "O", "B-GPE", "O"])
    matches = [(0, 0, 1), (0, 4, 5)]
    assert _tagged_places(doc, matches) == frozenset({"Chad"})


def test_a_name_never_tagged_a_place_is_not_one():
    doc = _doc(["Chad", "left", "."], ["B-PERSON", "O", "O"])
    assert _tagged_places(doc, [(0, 0, 1)]) == frozenset()


def test_part_of_a_longer_person_s_name_is_not_the_country():
    doc = _doc(["Michael", "Jordan", "left"], ["B-PERSON", "I-PERSON", "O"])
    assert _inside_person_name(doc[1:2])
    alone = _doc(["Jordan", "left"], ["B-PERSON", "O"])
    assert not _inside_person_name(alone[0:1])


@pytest.mark.slow
def test_a_chamber_by_its_own_name_is_the_legislature(rules_coder):
    triples = event_triples(rules_coder, "The Chamber of Deputies of Chile condemned Peru on Monday.")
    assert any(s == "CHLLEG" and t == "PER" and c.startswith("11") for s, t, c in triples), triples


def test_a_month_compounded_on_a_family_name_is_no_name_word():
    from multivector.coding.namesakes import bare_name

    # "In September Mr Moon visited": the parser compounds the month on the name
    doc = Doc(
        Vocab(),
        words=["In", "September", "Mr", "Moon", "visited"],
        spaces=[True] * 5,
        pos=["ADP", "PROPN", "PROPN", "PROPN", "VERB"],
        heads=[4, 3, 3, 4, 4],
        deps=["prep", "compound", "compound", "nsubj", "ROOT"],
        ents=["O", "B-DATE", "O", "O", "O"],
    )
    assert bare_name(doc[3])
    named = Doc(
        Vocab(),
        words=["Jae", "Moon", "visited"],
        pos=["PROPN", "PROPN", "VERB"],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
    )
    assert not bare_name(named[1])


@pytest.mark.slow
def test_a_handshake_is_a_meeting(rules_coder):
    triples = event_triples(rules_coder, "The Chilean president shook hands with Peru's president.")
    assert any(s == "CHLGOV" and t == "PERGOV" and c == "040" for s, t, c in triples), triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru declared a state of exception in three provinces on Friday.", "1724"),
        ("Chile suspended new asylum applications from Peru for a month.", "172"),
    ],
)
def test_a_state_of_exception_and_suspended_asylum(rules_coder, text, code):
    triples = event_triples(rules_coder, text)
    assert any(c == code for _s, _t, c in triples), triples
