"""modal29: an act kept from happening ("barred their nationals from travelling to Qatar",
"refrained from attacking") is no event, the bar or ban itself is coded by its own patterns;
a journalist's question after a turn's label ("QUESTION: Will NATO send ...?") asks; a claim of
responsibility needs no addressee.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.modality import modality_status


@pytest.fixture(scope="module")
def modality():
    from multivector.coding.dictionary import bundled_path
    from multivector.coding.modality import Modality

    return Modality.load(bundled_path("modality.yaml"))


def _kept_from(parse, verb: str, lemma: str, act: str = "travelling", act_tag: str = "VBG"):
    # "Chile <verb> its citizens from <act> to Peru"
    return parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma),
            ("its", 3, "poss", "PRON", "PRP$"),
            ("citizens", 1, "dobj", "NOUN", "NNS"),
            ("from", 1, "prep", "ADP", "IN"),
            (act, 4, "pcomp", "VERB", act_tag, "travel"),
            ("to", 5, "prep", "ADP", "IN"),
            ("Peru", 6, "pobj", "PROPN", "NNP"),
        ]
    )


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("barred", "bar"), ("banned", "ban"), ("prevented", "prevent"), ("stopped", "stop")],
)
def test_an_act_kept_from_happening_is_not_done(parse, modality, verb, lemma):
    doc = _kept_from(parse, verb, lemma)
    assert modality_status(doc[5], modality).startswith("prevented")


def test_from_after_another_verb_is_climbed_as_before(parse, modality):
    # "Chile returned its citizens from travelling ...": not a verb of preventing
    doc = _kept_from(parse, "returned", "return")
    assert modality_status(doc[5], modality) == "realis"


def test_a_finite_verb_misparsed_under_the_gerund_keeps_its_own_mood(parse, modality):
    # "stopped families from fleeing and seized food": "seized" is no gerund of "from"
    doc = _kept_from(parse, "stopped", "stop", act="travelled", act_tag="VBD")
    assert modality_status(doc[5], modality) == "realis"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Egypt barred its own citizens from travelling to Qatar.",
        "Chilean police prevented the convoy from entering Bolivia.",
    ],
)
def test_no_visit_or_entry_is_coded(rules_coder, text):
    triples = event_triples(rules_coder, text)
    assert not any(code.startswith("04") for _s, _t, code in triples)


# ------------------------------------------------- a journalist's question in a transcript
def _labelled(parse, label: str, end: str, dep: str = "acl"):
    # a transcript's two turns: "SPOKESMAN: Yes.\n<label>: Will NATO send air defences to
    # Turkey<end>" (the second sentence's tokens from 4)
    return parse(
        [
            ("SPOKESMAN", 2, "dep", "NOUN", "NN"),
            (":", 2, "punct", "PUNCT", ":"),
            ("Yes", 2, "ROOT", "INTJ", "UH"),
            (".", 2, "punct", "PUNCT", "."),
            ("\n", 3, "dep", "SPACE", "_SP"),
            (label, 5, "ROOT", "NOUN", "NN"),
            (":", 5, "punct", "PUNCT", ":"),
            ("Will", 9, "aux", "AUX", "MD"),
            ("NATO", 9, "nsubj", "PROPN", "NNP"),
            ("send", 5, dep, "VERB", "VB"),
            ("air", 11, "compound", "NOUN", "NN"),
            ("defences", 9, "dobj", "NOUN", "NNS"),
            ("to", 9, "prep", "ADP", "IN"),
            ("Turkey", 12, "pobj", "PROPN", "NNP"),
            (end, 9, "punct", "PUNCT", "."),
        ]
    )


@pytest.mark.parametrize("dep", ["acl", "ccomp"])
def test_the_clause_after_a_turn_s_label_asks(parse, dep):
    from multivector.coding.unasserted import direct_question

    assert direct_question(_labelled(parse, "QUESTION", "?", dep)[9])


def test_the_clause_after_a_label_without_a_question_mark_reports(parse):
    from multivector.coding.unasserted import direct_question

    assert not direct_question(_labelled(parse, "SPOKESPERSON", ".")[9])


# ------------------------------------------- a claim of responsibility needs no addressee
@pytest.mark.slow
def test_a_claim_with_no_act_told_before_is_still_a_claim(rules_coder):
    triples = event_triples(rules_coder, "The Taliban claimed responsibility for the ambush.")
    assert any(code == "015" for _s, _t, code in triples)


@pytest.mark.slow
def test_a_statement_to_no_one_is_still_no_event(rules_coder):
    # the other codes of root 01 keep needing an addressee
    triples = event_triples(rules_coder, "The Taliban issued a statement on Monday.")
    assert not any(code.startswith("01") for _s, _t, code in triples)



def test_a_label_outside_a_transcript_is_no_turn(parse):
    from multivector.coding.unasserted import direct_question

    # one labelled line is no transcript ("Analysis: Will NATO send air defences?" as a title)
    doc = parse(
        [
            ("Analysis", 0, "ROOT", "NOUN", "NN"),
            (":", 0, "punct", "PUNCT", ":"),
            ("Will", 4, "aux", "AUX", "MD"),
            ("NATO", 4, "nsubj", "PROPN", "NNP"),
            ("send", 0, "acl", "VERB", "VB"),
            ("defences", 4, "dobj", "NOUN", "NNS"),
            ("?", 4, "punct", "PUNCT", "."),
        ]
    )
    assert not direct_question(doc[4])
