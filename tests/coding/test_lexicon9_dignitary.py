"""A named person or an office-holder killed is assassinated (186), and what a quantity counts
is read through weights and spans of time ("700 kg of medicine", "ten days of war games"), but
never as a named person ("thousands of Hutu"). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects

DIGNITARY = frozenset({"@person", "governor"})
KILL_DIGNITARY = parse_pattern("kill &DIGNITARY", "186", "test:1", {"DIGNITARY": DIGNITARY})
KILL = parse_pattern("kill", "190", "test:2", {})


def _code(doc) -> str | None:
    v = doc[1]
    m = match_patterns(v, [KILL_DIGNITARY, KILL], direct_objects(v))
    return m.pattern.code if m else None


def test_a_named_person_killed_is_an_assassination(parse):
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("Lumumba", 1, "dobj", "PROPN", "NNP"),
        ],
        ents=["O", "O", "B-PERSON"],
    )
    assert _code(doc) == "186"


def test_people_counted_by_the_thousand_are_no_one_named(parse):
    doc = parse(
        [
            ("Rebels", 1, "nsubj", "NOUN", "NNS", "rebel"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("thousands", 1, "dobj", "NOUN", "NNS", "thousand"),
            ("of", 2, "prep", "ADP", "IN"),
            ("Hutu", 3, "pobj", "PROPN", "NNP"),
        ],
        ents=["O", "O", "O", "O", "B-PERSON"],
    )
    assert _code(doc) == "190"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hezbollah guerrillas killed the deputy commander of the South Lebanon Army.", "186"),
        ("A suicide bomber killed Rajiv Gandhi in India in 1991.", "186"),
        ("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Iran.", "073"),
        ("Pakistan delivered 200 tonnes of flour to Afghanistan.", "073"),
    ],
)
def test_through_the_coder(coder, text, code):
    codes = {e.cameo for e in coder.code_text(text)}
    assert code in codes, (text, codes)
