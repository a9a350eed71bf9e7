"""codes8: codes that depend on a verb's object. A word class may name a noun by its "of"
phrase ("a note of protest", "an act of aggression"); sending a note of protest is a formal
protest (114); naming an act as an act of aggression accuses its doer (112); taking part in
talks is negotiating (046), so an appeal to join them is 026 and a refusal 125; a response in
kind promised or reserved ("reserves the right to respond") is a veiled threat (130). Sentences
are written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from multivector.coding.wordclass import _lemma_in, lemma_in


@pytest.fixture(scope="module")
def note() -> Doc:
    """ "Hungary sent a note of protest to Serbia" as a parser reads it."""
    return Doc(
        spacy.blank("en").vocab,
        words=["Hungary", "sent", "a", "note", "of", "protest", "to", "Serbia"],
        heads=[1, 1, 3, 1, 3, 4, 1, 6],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
        lemmas=["Hungary", "send", "a", "note", "of", "protest", "to", "Serbia"],
    )


@pytest.fixture(scope="module")
def right() -> Doc:
    """ "Iran reserves the right to respond" as a parser reads it."""
    return Doc(
        spacy.blank("en").vocab,
        words=["Iran", "reserves", "the", "right", "to", "respond"],
        heads=[1, 1, 3, 1, 5, 3],
        deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB"],
        lemmas=["Iran", "reserve", "the", "right", "to", "respond"],
    )


@pytest.mark.parametrize("check", [lemma_in, _lemma_in])
def test_a_noun_is_known_by_its_infinitive_relative(right, check):
    assert check(right[3], frozenset({"right to respond"}))
    assert not check(right[3], frozenset({"right to retaliate"}))


@pytest.mark.parametrize("check", [lemma_in, _lemma_in])
def test_a_noun_is_known_by_its_of_phrase(note, check):
    assert check(note[3], frozenset({"note of protest"}))
    assert not check(note[3], frozenset({"note of complaint"}))
    assert not check(note[3], frozenset({"protest note"}))
    # a preposition other than "of" makes no such phrase
    assert not check(note[1], frozenset({"send to serbia", "send of serbia"}))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary sent a note of protest to Serbia on Monday.", "114"),
        ("Peru handed a letter of protest to Bolivia.", "114"),
        ("Armenia called the raid an act of aggression.", "112"),
        ("The Afghan government called the expulsions cruel.", "111"),
        ("Ghana asked Togo to join the talks.", "026"),
        ("Uzbekistan urged the Taliban to take part in the talks on the canal.", "026"),
        ("Ecuador joined the talks with Peru on Monday.", "046"),
        ("Hamas refused to join the talks.", "125"),
        ("Iran reserves the right to respond in kind.", "130"),
        ("The Chinese embassy called the decision unfriendly and promised a response.", "130"),
        ("Iran will give a proportionate response.", "130"),
        ("Uzbekistan opened the border at Termez to United Nations aid convoys.", "0863"),
        ("Turkey closed its border with Syria.", "191"),
    ],
)
def test_codes_by_object(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hungary sent a note of protest to Serbia on Monday.", "060"),
        ("Ghana asked Togo to join the talks.", "022"),
        ("Poland joined the alliance in 1999.", "046"),
        ("The Chinese embassy called the decision unfriendly and promised a response.", "030"),
        ("Turkey gave a positive response to the proposal.", "130"),
    ],
)
def test_the_object_rules_out_the_general_sense(coder, text, absent):
    codes = {e.cameo for e in coder.code_text(text)}
    assert absent not in codes, (text, codes)
