"""actors20: a threat whose that-clause names the speaker's own side as the doer is aimed at the
subject of the clause's condition ("warned that Washington would respond if the North
escalated": North Korea), else at the object of an "against" phrase in the clause ("could seek
a resolution against Iran"), not at a country merely named before (policy
``conditional_target_roots``; ``argument_syntax.condition_parties``; ``condition_marks`` and
``clause_target_prepositions`` in ``lang/en/grammar.yaml``). Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.argument_syntax import condition_parties


def test_the_condition_subject_and_the_against_object():
    # Seoul would retaliate against Pyongyang if Tokyo acted .
    words = ["Seoul", "would", "retaliate", "against", "Pyongyang", "if", "Tokyo", "acted", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[2, 2, 2, 2, 3, 7, 7, 2, 2],
        deps=["nsubj", "aux", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl", "punct"],
        pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "SCONJ", "PROPN", "VERB", "PUNCT"],
    )
    assert [t.text for t in condition_parties(doc[2])] == ["Tokyo", "Pyongyang"]


def test_a_pronoun_against_the_speakers_is_no_party():
    # war would be declared against them .
    doc = Doc(
        Vocab(),
        words=["war", "would", "be", "declared", "against", "them", "."],
        heads=[3, 3, 3, 3, 3, 4, 3],
        deps=["nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj", "punct"],
        pos=["NOUN", "AUX", "AUX", "VERB", "ADP", "PRON", "PUNCT"],
    )
    assert condition_parties(doc[3]) == []


@pytest.mark.slow
def test_a_warning_is_aimed_at_the_condition(rules_coder):
    text = (
        "Japan and South Korea held talks on Monday. "
        "The US president warned that Washington would respond if Pyongyang tested another missile."
    )
    triples = event_triples(rules_coder, text, date="2021-03-26")
    assert any(t.startswith("PRK") and c.startswith("13") for _s, t, c in triples), triples
    assert not any(t.startswith(("JPN", "KOR")) and c.startswith("13") for _s, t, c in triples)


@pytest.mark.slow
def test_a_warning_is_aimed_at_the_party_it_acts_against(rules_coder):
    text = (
        "The board meets in Vienna on Monday. "
        "France and Germany warned that they could seek a new resolution against Iran."
    )
    triples = event_triples(rules_coder, text, date="2023-02-27")
    assert ("FRA", "IRN", "130") in triples, triples
    assert not any(t == "AUT" for _s, t, _c in triples), triples
