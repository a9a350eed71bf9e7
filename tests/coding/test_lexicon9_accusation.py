"""An accusation whose of/for/with phrase names an act is an accusation of that kind of act
(policy ``accusation_codes``). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import accusation, accused_act, match_patterns
from multivector.coding.syntax import direct_objects
from multivector.ontology import load_ontology
from multivector.ontology.policy import load_policy

ACCUSE_OF = parse_pattern("accuse of", "112", "test:1", {})
SHELL = parse_pattern("shell", "194", "test:2", {})
SIGN = parse_pattern("sign", "057", "test:3", {})


def _accused(parse, lemma: str):
    # "Serbia accused Croatia of <verb>ing towns", the "of" phrase hung on the object
    return parse(
        [
            ("Serbia", 1, "nsubj", "PROPN", "NNP"),
            ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
            ("Croatia", 1, "dobj", "PROPN", "NNP"),
            ("of", 2, "prep", "ADP", "IN"),
            (lemma + "ing", 3, "pcomp", "VERB", "VBG", lemma),
            ("towns", 4, "dobj", "NOUN", "NNS", "town"),
        ]
    )


def _code(doc, act_pattern) -> str:
    v = doc[1]
    m = match_patterns(v, [ACCUSE_OF], direct_objects(v))
    assert m is not None
    act = lambda a: match_patterns(a, [act_pattern], direct_objects(a))  # noqa: E731
    known = frozenset(load_ontology().codes())
    return accusation(v, m, act, load_policy(), known).pattern.code


def test_accused_of_force_is_accused_of_aggression(parse):
    doc = _accused(parse, "shell")
    found = accused_act(doc[1])
    assert found is not None and found.i == 4
    assert _code(doc, SHELL) == "1123"


def test_accused_of_an_act_without_an_accusation_code_stays_residual(parse):
    assert _code(_accused(parse, "sign"), SIGN) == "112"


def test_policy_table_falls_back_to_the_root():
    p = load_policy()
    assert p.accusation_code("112", "1822") == "1122"  # torture: via the root 18
    assert p.accusation_code("112", "202") == "1124"  # mass killing
    assert p.accusation_code("111", "190") is None  # only the residual accusation


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kinshasa accused Rwanda of sending soldiers across the border.", "1123"),
        ("The Georgian government accused Russia of arming the separatists.", "1123"),
        ("Ukraine accused Russian forces of shelling a hospital in Kharkiv.", "1123"),
    ],
)
def test_through_the_coder(coder, text, code):
    codes = {e.cameo for e in coder.code_text(text)}
    assert code in codes, (text, codes)
