"""A residual appeal or demand whose complement names an act takes that act's request code
(policy ``requested_act_forces`` and ``request_codes``). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import complement_act, match_patterns, requested_act
from multivector.coding.syntax import direct_objects
from multivector.ontology import load_ontology
from multivector.ontology.policy import load_policy

URGE_TO = parse_pattern("urge to", "020", "test:1", {})
SEND = parse_pattern("send", "074", "test:2", {})
ASK = parse_pattern("ask", "020", "test:3", {})
ATTACK = parse_pattern("attack", "190", "test:4", {})


def test_request_codes_of_residual_appeals_and_demands():
    p = load_policy()
    assert p.requested_code("020", "074") == "0234"  # peacekeepers
    assert p.requested_code("100", "0841") == "1053"  # release
    assert p.requested_code("020", "046") == "026"  # negotiate
    assert p.requested_code("020", "190") is None  # an attack has no request code
    assert p.requested_code("0231", "074") is None  # only residual codes are refined


def _urged(parse, verb: str, lemma: str):
    # "Chad urged Niger to <verb> troops to ..."
    return parse(
        [
            ("Chad", 1, "nsubj", "PROPN", "NNP"),
            ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
            ("Niger", 1, "dobj", "PROPN", "NNP"),
            ("to", 4, "aux", "PART", "TO"),
            (verb, 1, "xcomp", "VERB", "VB", lemma),
            ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ]
    )


def test_appeal_takes_the_code_of_the_act_asked_for(parse):
    doc = _urged(parse, "send", "send")
    v = doc[1]
    m = match_patterns(v, [URGE_TO], direct_objects(v))
    assert m is not None
    act = complement_act(v, m)
    assert act is not None and act.i == 4
    known = frozenset(load_ontology().codes())
    out = requested_act(v, m, lambda a: match_patterns(a, [SEND], []), load_policy(), known)
    assert out.pattern.code == "0234" and "+requested 'send'" in out.pattern.rule


def test_appeal_for_an_act_without_a_request_code_stays_residual(parse):
    doc = _urged(parse, "attack", "attack")
    v = doc[1]
    m = match_patterns(v, [URGE_TO], direct_objects(v))
    known = frozenset(load_ontology().codes())
    out = requested_act(v, m, lambda a: match_patterns(a, [ATTACK], []), load_policy(), known)
    assert out.pattern.code == "020"


def test_an_indirect_question_is_not_an_act_asked_for(parse):
    # "Peru asked why Chile sent troops": a question, not an appeal to send troops
    doc = parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "NNP"),
            ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
            ("why", 4, "advmod", "SCONJ", "WRB"),
            ("Chile", 4, "nsubj", "PROPN", "NNP"),
            ("sent", 1, "ccomp", "VERB", "VBD", "send"),
            ("troops", 4, "dobj", "NOUN", "NNS", "troop"),
        ]
    )
    v = doc[1]
    m = match_patterns(v, [ASK], direct_objects(v))
    assert m is not None and complement_act(v, m) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Haiti asked the UN Security Council to send peacekeepers to the capital.", "0234"),
        ("Kenya urged Uganda to repatriate the suspects.", "0253"),
        ("Oxfam called on donor countries to help the flood victims in Pakistan.", "023"),
        ("Bolivia demanded that Chile release the detained fishermen.", "1053"),
    ],
)
def test_requested_acts_through_the_coder(coder, text, code):
    codes = {e.cameo for e in coder.code_text(text)}
    assert code in codes, (text, codes)
