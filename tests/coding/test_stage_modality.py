"""Modality stage on hand-built parses: negation, hypotheticals, wants, intentions, threats."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality, modality_status, obligation_pattern, recode
from multivector.ontology.policy import load_policy


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality.load(bundled_path("modality.yaml"))


def test_plain_act_is_realis(parse, modality):
    doc = parse(
        [
            ("Kazakhstan", 1, "nsubj", "PROPN", "NNP"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
            ("the", 3, "det", "DET", "DT"),
            ("treaty", 1, "dobj", "NOUN", "NN"),
        ]
    )
    assert modality_status(doc[1], modality) == "realis"


def test_negated_act(parse, modality):
    doc = parse(
        [
            ("Kazakhstan", 3, "nsubj", "PROPN", "NNP"),
            ("did", 3, "aux", "AUX", "VBD", "do"),
            ("not", 3, "neg", "PART", "RB"),
            ("sign", 3, "ROOT", "VERB", "VB"),
            ("it", 3, "dobj", "PRON", "PRP"),
        ]
    )
    assert modality_status(doc[3], modality) == "negated"


def test_tensed_conjunct_does_not_share_the_negation(parse, modality):
    # "did not sign it and ratify it": both negated; "did not sign it and criticised it": one
    def conj(verb, tag):
        return parse(
            [
                ("Kazakhstan", 3, "nsubj", "PROPN", "NNP"),
                ("did", 3, "aux", "AUX", "VBD", "do"),
                ("not", 3, "neg", "PART", "RB"),
                ("sign", 3, "ROOT", "VERB", "VB"),
                ("it", 3, "dobj", "PRON", "PRP"),
                ("and", 3, "cc", "CCONJ", "CC"),
                (verb, 3, "conj", "VERB", tag),
                ("it", 6, "dobj", "PRON", "PRP"),
            ]
        )

    assert modality_status(conj("ratify", "VB")[6], modality) == "negated"
    assert modality_status(conj("criticised", "VBD")[6], modality) == "realis"


def test_negated_intention_is_a_refusal(parse, modality):
    # "he would not resign": a refusal; "would not have resigned": a counterfactual, negated
    def resign(*aux):
        rows = [("He", len(aux) + 2, "nsubj", "PRON", "PRP", "he")]
        rows += [(w, len(aux) + 2, "aux", p, t, lem) for w, p, t, lem in aux]
        rows += [("not", len(aux) + 2, "neg", "PART", "RB"), ("resign", len(aux) + 2, "ROOT", "VERB", "VB")]
        return parse(rows)

    would = ("would", "AUX", "MD", "would")
    have = ("have", "AUX", "VB", "have")
    assert modality_status(resign(would)[3], modality) == "refused"
    assert modality_status(resign(would, have)[4], modality) == "negated"


def test_hypothetical_and_intent_modals(parse, modality):
    def with_modal(modal: str):
        return parse(
            [
                ("Iran", 2, "nsubj", "PROPN", "NNP"),
                (modal, 2, "aux", "AUX", "MD"),
                ("join", 2, "ROOT", "VERB", "VB"),
            ]
        )

    may, will = with_modal("may"), with_modal("will")
    assert modality_status(may[2], modality) == "hypothetical ('may')"
    assert modality_status(will[2], modality) == "intent"


def test_infinitive_under_governors(parse, modality):
    def under(governor: str, lemma: str):
        doc = parse(
            [
                ("Turkey", 1, "nsubj", "PROPN", "NNP"),
                (governor, 1, "ROOT", "VERB", "VBD", lemma),
                ("to", 3, "aux", "PART", "TO"),
                ("join", 1, "xcomp", "VERB", "VB"),
            ]
        )
        return modality_status(doc[3], modality)

    assert under("wanted", "want").startswith("wanted or requested")
    assert under("agreed", "agree") == "agreed"  # an act or an intention, by the policy
    assert under("offered", "offer") == "intent"
    assert under("threatened", "threaten") == "threat"
    assert under("refused", "refuse") == "refused"  # coded as a rejection of joining
    assert under("failed", "fail") == "negated by 'failed'"
    assert under("voted", "vote") == "realis"


def test_a_refusal_that_did_not_happen_is_not_a_refusal(parse, modality):
    doc = parse(
        [
            ("Turkey", 3, "nsubj", "PROPN", "NNP"),
            ("did", 3, "aux", "AUX", "VBD"),
            ("not", 3, "neg", "PART", "RB"),
            ("refuse", 3, "ROOT", "VERB", "VB"),
            ("to", 5, "aux", "PART", "TO"),
            ("join", 3, "xcomp", "VERB", "VB"),
        ]
    )
    assert modality_status(doc[5], modality) == "negated"


def test_conditional_clause_is_hypothetical(parse, modality):
    doc = parse(
        [
            ("if", 2, "mark", "SCONJ", "IN"),
            ("Russia", 2, "nsubj", "PROPN", "NNP"),
            ("attacks", 4, "advcl", "VERB", "VBZ", "attack"),
            ("NATO", 4, "nsubj", "PROPN", "NNP"),
            ("responds", 4, "ROOT", "VERB", "VBZ", "respond"),
        ]
    )
    assert modality_status(doc[2], modality) == "hypothetical ('if')"


def test_obligation_under_speech_verb_is_a_demand(parse, modality):
    doc = parse(
        [
            ("Japan", 1, "nsubj", "PROPN", "NNP"),
            ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("China", 4, "nsubj", "PROPN", "NNP"),
            ("must", 4, "aux", "AUX", "MD"),
            ("drop", 1, "ccomp", "VERB", "VB"),
            ("barriers", 4, "dobj", "NOUN", "NNS", "barrier"),
        ]
    )
    pattern = obligation_pattern(doc[1], modality)
    assert modality.obligation_modals["must"] == "demand"
    assert pattern is not None and pattern.code == load_policy().obligation_codes["demand"] == "100"
    assert pattern.rule == "modality.yaml obligation 'must' under 'say'"
    assert obligation_pattern(doc[4], modality) is None  # not a speech verb


def test_recode_intentions_and_threats(modality):
    policy = load_policy()
    assert recode("042", "r", True, False, modality, policy) == ("036", "r +intent")
    assert recode("010", "r", True, False, modality, policy) == ("010", "r")  # already verbal
    assert recode("163", "r", False, True, modality, policy) == ("1312", "r +threat")
    assert recode("051", "r", False, True, modality, policy) == ("130", "r +threat")


def test_aspectual_verb_with_gerund_is_realis(parse, modality):
    # "resumed shelling the town": the shelling happens; "wanted to shell" would not
    doc = parse(
        [
            ("Russia", 1, "nsubj", "PROPN", "NNP"),
            ("resumed", 1, "ROOT", "VERB", "VBD", "resume"),
            ("shelling", 1, "xcomp", "VERB", "VBG", "shell"),
            ("the", 4, "det", "DET", "DT"),
            ("town", 2, "dobj", "NOUN", "NN"),
        ]
    )
    assert modality_status(doc[2], modality) == "realis"


def test_warning_of_own_act_is_a_threat(parse, modality):
    # "Russia warned that it would cut supplies": 130 on "warned", the clause's act a threat
    def warned(negated: bool):
        words = [
            ("Russia", 1, "nsubj", "PROPN", "NNP"),
            ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
            ("that", 6, "mark", "SCONJ", "IN"),
            ("it", 6, "nsubj", "PRON", "PRP"),
            ("would", 6, "aux", "AUX", "MD"),
        ]
        if negated:
            words.append(("not", 6, "neg", "PART", "RB"))
        else:
            words.append(("then", 6, "advmod", "ADV", "RB"))
        words += [
            ("cut", 1, "ccomp", "VERB", "VB"),
            ("supplies", 6, "dobj", "NOUN", "NNS", "supply"),
        ]
        return parse(words)

    doc = warned(False)
    pattern = obligation_pattern(doc[1], modality)
    assert pattern is not None and pattern.code == "130"
    assert modality_status(doc[6], modality) == "threat"
    doc = warned(True)  # "warned that it would not cut": no threat
    assert obligation_pattern(doc[1], modality) is None


def test_cameo_codes_of_language_rules_are_policy():
    # the language bundle names words; which CAMEO codes they lead to is the ontology's policy
    policy = load_policy()
    assert policy.is_side_conflict("190") and not policy.is_side_conflict("042")
    assert policy.is_reaction("112") and policy.is_reaction("0511")
    assert not policy.is_reaction("053") and not policy.is_reaction("190")
    assert policy.obligation_codes == {"demand": "100", "appeal": "020"}


def test_announced_conflict_is_a_specific_threat(parse, modality):
    from multivector.coding.modality import conditional

    policy = load_policy()
    # "will cut aid": a threat to cut aid (1311), not the residual threat 130
    assert recode("162", "r", True, False, modality, policy) == ("1311", "r +intent")
    assert recode("166", "r", True, False, modality, policy) == ("136", "r +intent")
    # "will boycott the vote unless he resigns": under a condition
    doc = parse(
        [
            ("They", 2, "nsubj", "PRON", "PRP"),
            ("will", 2, "aux", "AUX", "MD"),
            ("boycott", 2, "ROOT", "VERB", "VB"),
            ("the", 4, "det", "DET", "DT"),
            ("vote", 2, "dobj", "NOUN", "NN"),
            ("unless", 7, "mark", "SCONJ", "IN"),
            ("he", 7, "nsubj", "PRON", "PRP"),
            ("resigns", 2, "advcl", "VERB", "VBZ", "resign"),
        ]
    )
    assert conditional(doc[2], modality) and not conditional(doc[7], modality)
    assert policy.threatens_under_condition("143") and not policy.threatens_under_condition("070")


def test_mandative_clause_is_wanted_not_done(parse, modality):
    # "Kenya demanded that Uganda release the prisoners": the release did not happen
    def clause(tag: str, aux: bool):
        words = [
            ("Kenya", 1, "nsubj", "PROPN", "NNP"),
            ("demanded", 1, "ROOT", "VERB", "VBD", "demand"),
            ("that", 5 if aux else 4, "mark", "SCONJ", "IN"),
            ("Uganda", 5 if aux else 4, "nsubj", "PROPN", "NNP"),
        ]
        if aux:
            words.append(("had", 5, "aux", "AUX", "VBD", "have"))
        words += [("release", 1, "ccomp", "VERB", tag)]
        return parse(words)

    doc = clause("VB", False)
    assert modality_status(doc[4], modality).startswith("wanted, not done")
    doc = clause("VBN", True)  # "demanded ... that Uganda had released": a statement of fact
    assert modality_status(doc[5], modality) == "realis"


def test_attempted_violence_is_an_event(parse, modality):
    # "Rebels tried to assassinate the governor": an attempted assassination (185)
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("tried", 1, "ROOT", "VERB", "VBD", "try"),
            ("to", 3, "aux", "PART", "TO"),
            ("assassinate", 1, "xcomp", "VERB", "VB"),
            ("the", 5, "det", "DET", "DT"),
            ("governor", 3, "dobj", "NOUN", "NN"),
        ]
    )
    assert modality_status(doc[3], modality) == "attempted"
    policy = load_policy()
    assert policy.attempt_code("186") == "185"
    assert policy.attempt_code("183") == "183"
    assert policy.attempt_code("190") is None and policy.attempt_code("046") is None
