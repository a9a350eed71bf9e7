"""The learned checks inside the default coder, with the trained models (``make model``)."""

from __future__ import annotations

import dataclasses

import pytest

from multivector.coding.verification import RANKER
from multivector.model import Document

pytestmark = pytest.mark.slow

TEXT = (
    "ANKARA, March 3 (Wire) - Turkey and Greece signed a maritime accord on Tuesday. "
    "Athens welcomed the deal, while Ankara criticised remarks by the Cypriot president. "
    "Officials said talks would resume in May. Gunmen attacked a police post near the border. "
    "Russia condemned the strike and warned of consequences."
)


def _events(coder, text=TEXT):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-03-03")]))
    return coded.events


def _key(e, target=True):
    return (e.sentence_id, e.source.code, e.target.code if target and e.target else None, e.cameo)


def test_the_checks_only_drop_events_or_fill_targets(full_coder, coder):
    if full_coder.extractor.verification is None:
        pytest.skip("the verifier is not built (make model)")
    rules = {_key(e) for e in _events(coder)}
    for e in _events(full_coder):
        if RANKER in e.rule:  # a filled target: the rules' event had none
            assert _key(e, target=False) in rules
        else:
            assert _key(e) in rules


def test_explain_says_what_the_verifier_dropped(full_coder):
    check = full_coder.extractor.verification
    if check is None:
        pytest.skip("the verifier is not built (make model)")
    saved = check.settings
    check.settings = dataclasses.replace(saved, min_probability=1.01, spare_specific=False)
    try:
        text = full_coder.explain("Russia condemned the strike.", "2024-03-03")
    finally:
        check.settings = saved
    assert "dropped by model:event-verifier" in text
    assert "(none)" in text.split("events:")[-1]


def test_explain_shows_the_verifiers_score_beside_each_event(full_coder):
    if full_coder.extractor.verification is None:
        pytest.skip("the verifier is not built (make model)")
    text = full_coder.explain("Ukraine signed a deal with Poland.", "2024-03-03")
    [line] = [x for x in text.splitlines() if "CAMEO 057" in x]
    assert "(verifier 0." in line and "spared)" in line  # a specific pattern
    assert full_coder.extractor.verification.scores is None  # only while explaining
