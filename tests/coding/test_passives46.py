"""passives46: the passive of a verb of feeling is its subject's state ("he was deeply disturbed
by the violence"): a conjunct after it shares that subject as its doer, and a speech act after
such a complement clause is the speaker's. Sentences are written for these tests (none is from
a gold file); the hand-built parse reproduces the small English model's reading."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.clause_syntax import subject_of
from multivector.coding.passives import feeling_passive


def _disturbed_and_called(parse):
    # Quito said it was disturbed by the raid and called on Lima to ... : the parser hangs
    # "called" on "disturbed", the complement's verb
    rows = [
        ("Quito", 1, "nsubj", "PROPN", "NNP", "Quito"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("it", 4, "nsubjpass", "PRON", "PRP", "it"),
        ("was", 4, "auxpass", "AUX", "VBD", "be"),
        ("disturbed", 1, "ccomp", "VERB", "VBN", "disturb"),
        ("by", 4, "agent", "ADP", "IN", "by"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("raid", 5, "pobj", "NOUN", "NN", "raid"),
        ("and", 4, "cc", "CCONJ", "CC", "and"),
        ("called", 4, "conj", "VERB", "VBD", "call"),
        ("on", 9, "prep", "ADP", "IN", "on"),
        ("Lima", 10, "pobj", "PROPN", "NNP", "Lima"),
    ]
    return parse(rows, ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE"])


def test_a_feeling_passive_is_known_by_its_verb_and_its_auxiliary(parse):
    doc = _disturbed_and_called(parse)
    assert feeling_passive(doc[4])
    assert not feeling_passive(doc[9])  # "called": no verb of feeling
    assert not feeling_passive(doc[1])


def test_a_speech_act_after_a_feeling_complement_is_the_speakers(parse):
    doc = _disturbed_and_called(parse)
    subject, passive = subject_of(doc[9])
    assert subject is not None and subject.text == "Quito"
    assert not passive


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "The Peruvian president said he was deeply disturbed by the shelling and called on"
            " Ecuador to pull back its troops.",
            ("PERGOV", "ECU", "0256"),
        ),
        (
            "Nigeria said it was alarmed by the killings and called on Cameroon to investigate.",
            ("NGA", "CMR", None),
        ),
    ],
)
def test_a_conjunct_after_a_feeling_passive_has_its_subject(rules_coder, sentence, triple):
    triples = event_triples(rules_coder, sentence)
    source, target, code = triple
    assert any(
        s == source and t == target and (code is None or c == code) for s, t, c in triples
    ), triples


def test_a_participle_after_a_feeling_passive_shares_its_passive(parse):
    # Lima was alarmed and beaten back ... : "beaten" is a passive conjunct, no doer
    rows = [
        ("Lima", 2, "nsubjpass", "PROPN", "NNP", "Lima"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("alarmed", 2, "ROOT", "VERB", "VBN", "alarm"),
        ("and", 2, "cc", "CCONJ", "CC", "and"),
        ("beaten", 2, "conj", "VERB", "VBN", "beat"),
    ]
    doc = parse(rows, ["B-GPE", "O", "O", "O", "O"])
    subject, passive = subject_of(doc[4])
    assert subject is not None and subject.text == "Lima"
    assert passive
