"""A residual rejection of a request, demand, proposal or offer that names an act is a refusal
of that act (policy ``rejected_request_codes`` and ``refusal_codes``); energy cut off is an
embargo (163, rules13 and rules14). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import match_patterns, rejected_request, requested_in_object
from multivector.coding.syntax import direct_objects
from multivector.ontology import load_ontology
from multivector.ontology.policy import load_policy

REJECT = parse_pattern("reject", "120", "test:1", {})
HOLD_TALKS = parse_pattern("hold talk", "040", "test:2", {})


def _rejected(parse, noun: str, lemma: str):
    # "Kosovo rejected a <noun> to hold talks"
    return parse(
        [
            ("Kosovo", 1, "nsubj", "PROPN", "NNP"),
            ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
            ("a", 3, "det", "DET", "DT"),
            (noun, 1, "dobj", "NOUN", "NN", lemma),
            ("to", 5, "aux", "PART", "TO"),
            ("hold", 3, "acl", "VERB", "VB"),
            ("talks", 5, "dobj", "NOUN", "NNS", "talk"),
        ]
    )


def _code(doc) -> str:
    v = doc[1]
    m = match_patterns(v, [REJECT], direct_objects(v))
    assert m is not None
    known = frozenset(load_ontology().codes())
    act = lambda a: match_patterns(a, [HOLD_TALKS], direct_objects(a))  # noqa: E731
    return rejected_request(v, m, act, load_policy(), known).pattern.code


def test_a_proposal_to_meet_rejected_is_a_refusal_to_meet(parse):
    doc = _rejected(parse, "proposal", "proposal")
    act = requested_in_object(doc[1])
    assert act is not None and act.i == 5
    assert _code(doc) == "125"


def test_a_noun_that_is_no_request_leaves_the_rejection_residual(parse):
    # "rejected a plot to hold talks": not a request
    assert requested_in_object(_rejected(parse, "plot", "plot")[1]) is None
    assert _code(_rejected(parse, "plot", "plot")) == "120"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kosovo rejected a Serbian proposal to hold talks in Belgrade.", "125"),
        ("Tehran rejected a British request to release the sailors.", "1243"),
        ("Ankara rejected a Greek call to withdraw its troops from Cyprus.", "1246"),
        # rules13: energy cut off by its seller is an embargo (163), threatened 1312
        ("Iran threatened to cut off electricity to Nakhichevan.", "1312"),
        ("Algeria cut off gas to Morocco in November.", "163"),
        # rules14: also when the supplies are named by the energy they carry
        ("Russia halted oil deliveries to Belarus.", "163"),
    ],
)
def test_through_the_coder(coder, text, code):
    codes = {e.cameo for e in coder.code_text(text)}
    assert code in codes, (text, codes)
