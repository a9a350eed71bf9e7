"""modal27: "will not let X happen" states resolve, not a refusal of something asked ("let" is
not a refusable verb); "will not allow foreign troops back" stays a rejection, and so does a
refusable verb negated with "do" in its own clause ("does not recognise the court's
jurisdiction"), not in a condition. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.dictionary import bundled_path
from multivector.coding.modality import Modality


def test_let_is_not_a_refusable_verb():
    modality = Modality.load(bundled_path("modality.yaml"))
    assert "let" not in modality.refusable_verbs
    assert "allow" in modality.refusable_verbs


@pytest.mark.slow
def test_will_not_let_is_no_rejection(rules_coder):
    text = "Iran said it would not let the Kuwaiti attacks go unanswered."
    assert not any(c == "120" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_does_not_recognise_is_a_rejection(rules_coder):
    triples = event_triples(rules_coder, "Venezuela does not recognise the court's jurisdiction.")
    assert any(s == "VEN" and c.startswith("12") for s, _t, c in triples)


@pytest.mark.slow
def test_a_negation_in_a_condition_is_no_rejection(rules_coder):
    text = "Ghana said it would sue Togo if Togo did not pay the debt."
    assert not any(s == "TGO" and c.startswith("12") for s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it would not allow its territory to be used against Uganda.",
        "Kenya said it would never allow such attacks on Uganda to happen again.",
    ],
)
def test_a_resolve_against_a_happening_is_no_rejection(rules_coder, text):
    assert not any(c == "120" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_not_allowing_foreign_troops_back_stays_a_rejection(rules_coder):
    text = "Kenya said it would not allow Ugandan troops back on its soil."
    assert any(s == "KEN" and c == "120" for s, _t, c in event_triples(rules_coder, text))
