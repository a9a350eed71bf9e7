"""A pattern that asks for a preposition the verb lacks is skipped whole (its plan row names
the prepositions it needs), and the next pattern is tried as before."""

from __future__ import annotations

from multivector.coding.dictionary import parse_pattern, pattern_plan
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects

HOLD_TALK_WITH = parse_pattern("hold talk with", "043", "test:1", {})
HOLD_TALK = parse_pattern("hold talk", "040", "test:2", {})
HOLD = parse_pattern("hold", "010", "test:3", {})


def _held(parse, rest):
    return parse(
        [
            ("Ruritania", 1, "nsubj", "PROPN", "NNP"),
            ("held", 1, "ROOT", "VERB", "VBD", "hold"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk"),
            *rest,
        ]
    )


def test_plan_names_the_prepositions_a_pattern_needs() -> None:
    rows = pattern_plan([HOLD_TALK_WITH, HOLD_TALK, HOLD])
    assert [row[4] for row in rows] == [frozenset({"with"}), frozenset(), frozenset()]


def test_pattern_without_its_preposition_gives_way(parse) -> None:
    patterns = [HOLD_TALK_WITH, HOLD_TALK, HOLD]
    doc = _held(parse, [])
    match = match_patterns(doc[1], patterns, direct_objects(doc[1]))
    assert match is not None and match.pattern is HOLD_TALK
    doc = _held(parse, [("with", 1, "prep", "ADP", "IN"), ("Freedonia", 3, "pobj", "PROPN", "NNP")])
    match = match_patterns(doc[1], patterns, direct_objects(doc[1]))
    assert match is not None and match.pattern is HOLD_TALK_WITH
    assert match.preps["with"].i == 3 and match.objects == [doc[2]]
