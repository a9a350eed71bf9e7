"""Session 58's addition: a sentence the rules coded may get one more act, of a root none of its
events has, when the classifier is very sure of it (``classifier/settings.yaml`` ``add``)."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.second_opinion import RULE, SecondOpinion, Settings


def _sent():
    # "Ruritania praised Borduria and conferred with its envoy" (our own sentence)
    doc = Doc(
        Vocab(),
        words=["Ruritania", "praised", "Borduria", "and", "conferred", "with", "its", "envoy"],
        heads=[1, 1, 1, 1, 1, 4, 7, 5],
        deps=["nsubj", "ROOT", "dobj", "cc", "conj", "prep", "poss", "pobj"],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "ADP", "PRON", "NOUN"],
    )
    return doc[:]


SURE = {"05": 0.99, "04": 0.93, "none": 0.01}


def test_the_likeliest_other_root_is_added_when_sure():
    op = SecondOpinion(
        FixedOpinion(SURE, {"051": 0.9, "040": 0.6}), Settings(add_min_root_probability=0.9)
    )
    pattern = op.addition(_sent(), {"05"})
    assert pattern is not None and pattern.code == "040"
    assert pattern.rule.startswith(RULE) and pattern.rule.endswith("beside")


def test_no_addition_below_the_threshold_or_of_a_root_the_rules_coded():
    op = SecondOpinion(FixedOpinion(SURE, {"040": 0.6}), Settings(add_min_root_probability=0.95))
    assert op.addition(_sent(), {"05"}) is None  # 04 at 0.93 only
    assert op.addition(_sent(), {"05", "04"}) is None


def test_addition_can_be_switched_off():
    op = SecondOpinion(FixedOpinion(SURE, {"040": 0.6}), Settings())  # default: off
    assert op.addition(_sent(), {"05"}) is None
    assert Settings.load().add_min_root_probability <= 1  # the shipped settings add


def test_candidates_leave_out_the_verbs_the_rules_coded():
    op = SecondOpinion(FixedOpinion(SURE), Settings())
    sent = _sent()
    assert [t.text for t in op.candidates(sent, frozenset())] == ["praised", "conferred"]
    assert [t.text for t in op.candidates(sent, frozenset(), coded={1})] == ["conferred"]


@pytest.fixture
def sure_coder(rules_coder):
    settings = dataclasses.replace(Settings.load(), add_min_root_probability=0.9, veto=False)
    rules_coder.extractor.second_opinion = SecondOpinion(
        FixedOpinion({"05": 0.99, "04": 0.95, "none": 0.01}, {"051": 0.9, "040": 0.7}), settings
    )
    yield rules_coder
    rules_coder.extractor.second_opinion = None


@pytest.mark.slow
def test_the_coder_adds_the_act_on_a_verb_it_did_not_code(sure_coder):
    from multivector.model import Document

    text = "Chile praised Peru and dined with its foreign minister on Monday."
    [coded] = list(sure_coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    rules = {e.cameo[:2]: e.rule for e in coded.events}
    assert "05" in rules and not rules["05"].startswith(RULE)
    assert "04" in rules and rules["04"].startswith(RULE) and rules["04"].endswith("beside")
