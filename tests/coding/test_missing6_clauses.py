"""Clause structure for acts the syntax did not reach: a main verb the parser hung under its own
subject after a parenthetical clause.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.clause_syntax import subject_of
from multivector.coding.stranded import stranded_subject


def _after_relative(parse, verb: str, tag: str, lemma: str):
    # "Chile, which borders Peru, <verb> on Bolivia" parsed with "Chile" as the root
    return parse(
        [
            ("Chile", 0, "ROOT", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("which", 3, "nsubj", "PRON", "WDT"),
            ("borders", 0, "relcl", "VERB", "VBZ", "border"),
            ("Peru", 3, "dobj", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            (verb, 0, "acl", "VERB", tag, lemma),
            ("Bolivia", 6, "dobj", "PROPN", "NNP"),
            (".", 0, "punct", "PUNCT", "."),
        ]
    )


def _after_apposition(parse):
    # "Ghana, a member of the bloc, condemned Mali" parsed with "Ghana" as the root
    return parse(
        [
            ("Ghana", 0, "ROOT", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("a", 3, "det", "DET", "DT"),
            ("member", 0, "appos", "NOUN", "NN"),
            ("of", 3, "prep", "ADP", "IN"),
            ("the", 6, "det", "DET", "DT"),
            ("bloc", 4, "pobj", "NOUN", "NN"),
            (",", 0, "punct", "PUNCT", ","),
            ("condemned", 0, "acl", "VERB", "VBD", "condemn"),
            ("Mali", 8, "dobj", "PROPN", "NNP"),
        ]
    )


def _under_object_of_relative(parse):
    # "Kenya, whose troops patrol the border, urged Uganda": the verb hung on "border"
    return parse(
        [
            ("Kenya", 0, "ROOT", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("whose", 3, "poss", "DET", "WP$"),
            ("troops", 4, "nsubj", "NOUN", "NNS", "troop"),
            ("patrol", 0, "relcl", "VERB", "VBP"),
            ("the", 6, "det", "DET", "DT"),
            ("border", 4, "dobj", "NOUN", "NN"),
            (",", 6, "punct", "PUNCT", ","),
            ("urged", 6, "acl", "VERB", "VBN", "urge"),
            ("Uganda", 8, "dobj", "PROPN", "NNP"),
        ]
    )


@pytest.mark.parametrize(
    ("build", "verb_index", "subject"),
    [
        (lambda p: _after_relative(p, "offered", "VBD", "offer"), 6, "Chile"),
        (lambda p: _after_relative(p, "calls", "VBZ", "call"), 6, "Chile"),
        (lambda p: _after_relative(p, "pressed", "VBN", "press"), 6, "Chile"),
        (_after_apposition, 8, "Ghana"),
        (_under_object_of_relative, 8, "Kenya"),
    ],
)
def test_a_main_verb_hung_on_its_subject_after_a_parenthetical_takes_that_subject(
    parse, build, verb_index, subject
):
    doc = build(parse)
    assert stranded_subject(doc[verb_index]).text == subject
    assert subject_of(doc[verb_index]) == (doc[0], False)


def test_a_true_participle_clause_of_a_noun_is_not_stranded(parse):
    # "Chile, which borders Peru, a deal signed by Bolivia": an agent makes it a participle
    doc = parse(
        [
            ("Chile", 0, "ROOT", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("which", 3, "nsubj", "PRON", "WDT"),
            ("borders", 0, "relcl", "VERB", "VBZ", "border"),
            ("Peru", 3, "dobj", "PROPN", "NNP"),
            (",", 0, "punct", "PUNCT", ","),
            ("signed", 0, "acl", "VERB", "VBN", "sign"),
            ("by", 6, "agent", "ADP", "IN"),
            ("Bolivia", 7, "pobj", "PROPN", "NNP"),
        ]
    )
    assert stranded_subject(doc[6]) is None


def test_a_clause_of_a_noun_under_a_verbal_root_is_not_stranded(parse):
    # "Peru named the envoy, who visited Chile, appointed in May": the root is a verb
    doc = parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            ("named", 1, "ROOT", "VERB", "VBD", "name"),
            ("the", 3, "det", "DET", "DT"),
            ("envoy", 1, "dobj", "NOUN", "NN"),
            (",", 3, "punct", "PUNCT", ","),
            ("who", 6, "nsubj", "PRON", "WP"),
            ("visited", 3, "relcl", "VERB", "VBD", "visit"),
            ("Chile", 6, "dobj", "PROPN", "NNP"),
            (",", 3, "punct", "PUNCT", ","),
            ("appointed", 3, "acl", "VERB", "VBN", "appoint"),
        ]
    )
    assert stranded_subject(doc[9]) is None


# ---------------------------------------------------------------- records: "the first to ..."
@pytest.fixture(scope="module")
def modality():
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality

    return Modality.load(bundled_path("modality.yaml"))


def _record(parse, copula: str, lemma: str, adjective: str, modal: str | None = None):
    # "Chile <copula> the <adjective> state to ratify the pact"
    rows = [("Chile", 1, "nsubj", "PROPN", "NNP")]
    if modal:
        rows = [("Chile", 2, "nsubj", "PROPN", "NNP"), (modal, 2, "aux", "AUX", "MD")]
    k = len(rows)  # the copula's index
    rows += [
        (
            copula,
            k,
            "ROOT",
            "VERB" if lemma != "be" else "AUX",
            "VBD" if not modal else "VB",
            lemma,
        ),
        ("the", k + 3, "det", "DET", "DT"),
        (adjective, k + 3, "amod", "ADJ", "JJ"),
        ("state", k, "attr", "NOUN", "NN"),
        ("to", k + 5, "aux", "PART", "TO"),
        ("ratify", k + 3, "relcl", "VERB", "VB"),
        ("pacts", k + 5, "dobj", "NOUN", "NNS", "pact"),
    ]
    return parse(rows), k + 5


@pytest.mark.parametrize(
    ("copula", "lemma", "adjective", "modal", "status"),
    [
        ("became", "become", "first", None, "realis"),
        ("was", "be", "only", None, "realis"),
        ("remained", "remain", "last", None, "realis"),
        ("be", "be", "first", "will", "intent"),
    ],
)
def test_the_infinitive_of_a_record_is_the_copula_subject_s_act(
    parse, modality, copula, lemma, adjective, modal, status
):
    from multivector.coding.clause_syntax import record_clause
    from multivector.coding.modality import modality_status

    doc, verb = _record(parse, copula, lemma, adjective, modal)
    assert record_clause(doc[verb]).lemma_ == lemma
    assert subject_of(doc[verb])[0].text == "Chile"
    assert modality_status(doc[verb], modality) == status


def test_an_infinitive_without_a_record_adjective_stays_a_plan(parse, modality):
    from multivector.coding.clause_syntax import record_clause
    from multivector.coding.modality import modality_status

    doc, verb = _record(parse, "was", "be", "new")  # "Chile was the new state to ratify"
    assert record_clause(doc[verb]) is None
    assert modality_status(doc[verb], modality).startswith("purpose or plan")


# ------------------------------------------- a body set up for an inquiry starts it
def _founded(parse, verb: str, lemma: str, body: str, purpose: str, dep: str):
    # "Chile <verb> a <body> to <purpose> the clashes"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("a", 3, "det", "DET", "DT"),
            (body, 1, "dobj", "NOUN", "NN"),
            ("to", 5, "aux", "PART", "TO"),
            (purpose, 1, dep, "VERB", "VB"),
            ("the", 7, "det", "DET", "DT"),
            ("clashes", 5, "dobj", "NOUN", "NNS", "clash"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "body", "purpose", "dep"),
    [
        ("established", "establish", "commission", "investigate", "advcl"),
        ("appointed", "appoint", "panel", "examine", "xcomp"),
        ("formed", "form", "committee", "review", "advcl"),
        ("created", "create", "team", "probe", "xcomp"),
    ],
)
def test_the_inquiry_a_body_was_set_up_for_is_the_founder_s_act(
    parse, modality, verb, lemma, body, purpose, dep
):
    from multivector.coding.modality import modality_status

    doc = _founded(parse, verb, lemma, body, purpose, dep)
    assert subject_of(doc[5])[0].text == "Chile"
    assert modality_status(doc[5], modality) == "realis"
