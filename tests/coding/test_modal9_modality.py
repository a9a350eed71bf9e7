"""Modality and clause structure: passive participial clauses, wishes as appeals, obligations
with the act's own appeal or demand code, announced passives, nouns of intention.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import subject_of
from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import (
    Modality,
    announcer,
    infinitive_complement,
    modality_status,
    obligation_pattern,
    quoted_speaker,
    wish_pattern,
)
from multivector.ontology.policy import load_policy


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


def test_a_passive_participle_clause_is_not_its_subject_s_act(parse, modality):
    # "Asked about the dispute, the envoy said ..."; "Invited by Rome, the envoy said ..." is
    # left to the passive rules (it names its agent)
    rows = [
        ("Asked", 5, "advcl", "VERB", "VBN", "ask"),
        ("about", 0, "prep", "ADP", "IN"),
        ("the", 3, "det", "DET", "DT"),
        ("dispute", 1, "pobj", "NOUN", "NN"),
        ("envoy", 5, "nsubj", "NOUN", "NN"),
        ("said", 5, "ROOT", "VERB", "VBD", "say"),
    ]
    assert modality_status(parse(rows)[0], modality).startswith("a passive participle")
    rows[1] = ("by", 0, "agent", "ADP", "IN")
    rows[3] = ("Rome", 1, "pobj", "PROPN", "NNP")
    assert modality_status(parse(rows)[0], modality) == "realis"


def _hoped(parse, subject=("Ghana", "PROPN", "NNP")):
    # "Togo hoped Ghana would lift the ban."
    rows = [
        ("Togo", 1, "nsubj", "PROPN", "NNP"),
        ("hoped", 1, "ROOT", "VERB", "VBD", "hope"),
        (subject[0], 4, "nsubj", subject[1], subject[2]),
        ("would", 4, "aux", "AUX", "MD"),
        ("lift", 1, "ccomp", "VERB", "VB"),
        ("the", 6, "det", "DET", "DT"),
        ("ban", 4, "dobj", "NOUN", "NN"),
    ]
    return parse(rows)


def test_a_hope_that_another_acts_is_an_appeal_for_that_act(parse, modality):
    policy = load_policy()
    doc = _hoped(parse)
    # the hoped-for act is not the other's intention ...
    assert modality_status(doc[4], modality).startswith("wished for")
    # ... but the hoper's appeal, with the appeal code of the act (easing sanctions: 0254)
    pattern = wish_pattern(doc[1], modality, policy, lambda c: "085")
    assert pattern is not None and pattern.code == "0254"
    assert obligation_pattern(doc[1], modality, policy, lambda c: "085").code == "0254"
    # no appeal: an act with no request code, a pronoun subject, no matcher
    assert wish_pattern(doc[1], modality, policy, lambda c: "190") is None
    own = _hoped(parse, ("it", "PRON", "PRP"))
    assert wish_pattern(own[1], modality, policy, lambda c: "085") is None
    assert wish_pattern(doc[1], modality, policy) is None


def test_an_obligation_takes_the_request_code_of_its_act(parse, modality):
    # "Chile said Peru must release the crew." / "... should return to talks"
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Peru", 4, "nsubj", "PROPN", "NNP"),
        ("must", 4, "aux", "AUX", "MD"),
        ("release", 1, "ccomp", "VERB", "VB"),
        ("the", 6, "det", "DET", "DT"),
        ("crew", 4, "dobj", "NOUN", "NN"),
    ]
    doc = parse(rows)
    policy = load_policy()
    assert obligation_pattern(doc[1], modality, policy, lambda c: "0841").code == "1053"
    assert obligation_pattern(doc[1], modality, policy, lambda c: None).code == "100"
    rows[3] = ("should", 4, "aux", "AUX", "MD")
    assert obligation_pattern(parse(rows)[1], modality, policy, lambda c: "046").code == "026"


def test_an_announced_agentless_passive_is_the_speaker_s_act(parse, modality):
    # "Minsk said the border would not be reopened."
    rows = [
        ("Minsk", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("the", 3, "det", "DET", "DT"),
        ("border", 7, "nsubjpass", "NOUN", "NN"),
        ("would", 7, "aux", "AUX", "MD"),
        ("not", 7, "neg", "PART", "RB"),
        ("be", 7, "auxpass", "AUX", "VB"),
        ("reopened", 1, "ccomp", "VERB", "VBN", "reopen"),
    ]
    doc = parse(rows)
    assert modality_status(doc[7], modality) == "refused"
    assert announcer(doc[7], modality).text == "said"
    assert announcer(doc[1], modality) is None
    # with its agent named, the agent acts
    rows.append(("by", 7, "agent", "ADP", "IN"))
    rows.append(("Kyiv", 8, "pobj", "PROPN", "NNP"))
    assert announcer(parse(rows)[7], modality) is None


def _readiness(parse, det=("its", "poss", "PRON", "PRP$")):
    # "Oman confirmed its readiness to host talks."
    return parse(
        [
            ("Oman", 1, "nsubj", "PROPN", "NNP"),
            ("confirmed", 1, "ROOT", "VERB", "VBD", "confirm"),
            (det[0], 3, det[1], det[2], det[3]),
            ("readiness", 1, "dobj", "NOUN", "NN"),
            ("to", 5, "aux", "PART", "TO"),
            ("host", 3, "acl", "VERB", "VB"),
            ("talks", 5, "dobj", "NOUN", "NNS", "talk"),
        ]
    )


def test_the_infinitive_of_a_noun_of_intention_is_an_intention(parse, modality):
    doc = _readiness(parse)
    assert modality_status(doc[5], modality) == "intent"
    assert subject_of(doc[5])[0].text == "Oman"
    doc = _readiness(parse, ("Qatar", "poss", "PROPN", "NNP"))
    assert subject_of(doc[5])[0].text == "Qatar"  # "reaffirmed Qatar's readiness to ..."
    doc = _readiness(parse, ("no", "det", "DET", "DT"))
    assert modality_status(doc[5], modality).startswith("negated")  # "had no plans to ..."


def test_threats_of_the_acts_of_reducing_relations_take_their_own_codes():
    policy = load_policy()
    assert policy.threat_code("163") == "1312"  # sanctions
    assert policy.threat_code("161") == "1313"  # relations
    assert policy.threat_code("162") == "1311"  # aid
    assert policy.request_code("0831", "demand") == "1041"
    assert policy.request_code("190", "appeal") is None


def _called_to(parse, verb="express", head="telephoned", head_lemma="telephone"):
    # "Chile telephoned Peru to express condolences."
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            (head, 1, "ROOT", "VERB", "VBD", head_lemma),
            ("Peru", 1, "dobj", "PROPN", "NNP"),
            ("to", 4, "aux", "PART", "TO"),
            (verb, 1, "advcl", "VERB", "VB"),
            ("condolences", 4, "dobj", "NOUN", "NNS", "condolence"),
        ]
    )


def test_a_speech_act_purpose_of_a_contact_is_done_by_it(parse, modality):
    assert modality_status(_called_to(parse)[4], modality) == "realis"
    doc = _called_to(parse, "congratulate", "visited", "visit")
    assert modality_status(doc[4], modality) == "realis"
    # other purposes stay plans: "sent troops to retake ...", "telephoned Peru to retake ..."
    doc = _called_to(parse, "express", "sent", "send")
    assert modality_status(doc[4], modality).startswith("purpose")
    doc = _called_to(parse, "retake")
    assert modality_status(doc[4], modality).startswith("purpose")


def test_a_first_person_quotation_is_the_speaker_s(parse, modality):
    # '"We will not talk to them," the minister said.'
    rows = [
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD"),
        ("not", 3, "neg", "PART", "RB"),
        ("talk", 7, "ccomp", "VERB", "VB"),
        ("to", 3, "prep", "ADP", "IN"),
        ("them", 4, "pobj", "PRON", "PRP"),
        ("minister", 7, "nsubj", "NOUN", "NN"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
    ]
    doc = parse(rows)
    assert quoted_speaker(doc[3], modality).text == "said"
    # a third person in the quotation is not the speaker
    rows[0] = ("They", 3, "nsubj", "PRON", "PRP", "they")
    assert quoted_speaker(parse(rows)[3], modality) is None


def test_an_infinitive_parsed_as_a_purpose_after_a_governor_is_its_complement(parse, modality):
    # "Peru refused on Friday to sign the accord." / "Peru set up a fund to rebuild it." (an
    # inquiry a body is set up for is done: test_missing6_clauses.py)
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
        ("on", 1, "prep", "ADP", "IN"),
        ("Friday", 2, "pobj", "PROPN", "NNP"),
        ("to", 5, "aux", "PART", "TO"),
        ("sign", 1, "advcl", "VERB", "VB"),
        ("the", 7, "det", "DET", "DT"),
        ("accord", 5, "dobj", "NOUN", "NN"),
    ]
    doc = parse(rows)
    assert modality_status(doc[5], modality) == "refused"
    assert infinitive_complement(doc[1], modality).text == "sign"
    purpose = parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            ("set", 1, "ROOT", "VERB", "VBD", "set"),
            ("up", 1, "prt", "ADP", "RP"),
            ("a", 4, "det", "DET", "DT"),
            ("fund", 1, "dobj", "NOUN", "NN"),
            ("to", 6, "aux", "PART", "TO"),
            ("rebuild", 1, "advcl", "VERB", "VB"),
            ("it", 6, "dobj", "PRON", "PRP"),
        ]
    )
    assert modality_status(purpose[6], modality).startswith("purpose")
    assert infinitive_complement(purpose[1], modality) is None


def _said_should(parse, subject, verb_rows):
    rows = [
        ("Oslo", 1, "nsubj", "PROPN", "NNP"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        subject,
        *verb_rows,
    ]
    return parse(rows)


def test_an_obligation_is_a_demand_only_on_another_who_acts(parse, modality):
    policy = load_policy()
    act = [("should", 4, "aux", "AUX", "MD"), ("resume", 1, "ccomp", "VERB", "VB")]
    doc = _said_should(parse, ("Minsk", 4, "nsubj", "PROPN", "NNP"), act)
    assert obligation_pattern(doc[1], modality, policy).code == "020"
    doc = _said_should(parse, ("we", 4, "nsubj", "PRON", "PRP"), act)
    assert obligation_pattern(doc[1], modality, policy) is None  # the speaker's own duty
    passive = [
        ("should", 5, "aux", "AUX", "MD"),
        ("be", 5, "auxpass", "AUX", "VB"),
        ("settled", 1, "ccomp", "VERB", "VBN", "settle"),
    ]
    doc = _said_should(parse, ("dispute", 5, "nsubjpass", "NOUN", "NN"), passive)
    assert obligation_pattern(doc[1], modality, policy) is None  # asked of no one named
    regret = [
        ("should", 5, "aux", "AUX", "MD"),
        ("have", 5, "aux", "AUX", "VB"),
        ("waited", 1, "ccomp", "VERB", "VBN", "wait"),
    ]
    doc = _said_should(parse, ("Minsk", 5, "nsubj", "PROPN", "NNP"), regret)
    assert obligation_pattern(doc[1], modality, policy) is None  # a regret about the past
