"""Session 26's proposal settings, chosen out of fold (bench_model_contributions.py --folds):
a proposal takes the classifier's likeliest code however unsure of it, and a threat (13) is
proposed with no target named, as a protest is."""

from __future__ import annotations

from types import SimpleNamespace

from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.second_opinion import SecondOpinion, Settings


def _sent():
    # "Ruritania suspended its aid programme" (our own sentence)
    doc = Doc(
        Vocab(),
        words=["Ruritania", "suspended", "its", "aid", "programme"],
        heads=[1, 1, 4, 4, 1],
        deps=["nsubj", "ROOT", "poss", "compound", "dobj"],
        pos=["PROPN", "VERB", "PRON", "NOUN", "NOUN"],
    )
    return doc[:]


def test_a_proposal_takes_the_likeliest_code_even_when_unsure():
    op = SecondOpinion(
        FixedOpinion({"16": 0.95, "none": 0.05}, {"161": 0.12, "160": 0.05, "163": 0.02}),
        Settings.load(),
    )
    pattern = op.proposal(_sent())
    assert pattern is not None and pattern.code == "161"  # not the residual "160"


def test_a_proposal_with_no_code_of_its_root_takes_the_residual_one():
    op = SecondOpinion(FixedOpinion({"16": 0.95, "none": 0.05}, {"042": 0.3}), Settings.load())
    pattern = op.proposal(_sent())
    assert pattern is not None and pattern.code == "160"


def _event(cameo: str, target: object | None) -> SimpleNamespace:
    return SimpleNamespace(cameo=cameo, target=target)


def test_a_threat_is_kept_with_no_target():
    op = SecondOpinion(FixedOpinion({"none": 1.0}, {}), Settings.load())
    events = [_event("138", None), _event("130", None)]
    assert op.accepted(events) == events


def test_other_acts_still_need_a_target():
    op = SecondOpinion(FixedOpinion({"none": 1.0}, {}), Settings.load())
    assert op.accepted([_event("190", None), _event("161", None), _event("042", None)]) == []
    kept = [_event("190", object())]
    assert op.accepted(kept) == kept
