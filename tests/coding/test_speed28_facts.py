"""A verb's phrase is read once into the strings its words are known by (``phrase_facts``), and
a pattern row one of whose plain object classes meets none of them is not tried: the match is
the one the plain scan of every row finds (hand-built parses)."""

from __future__ import annotations

import pytest

from multivector.coding import predicates
from multivector.coding.dictionary import object_classes, parse_pattern, plan_for_preps
from multivector.coding.object_words import ObjectWords
from multivector.coding.predicates import match_patterns, phrase_facts
from multivector.coding.syntax import direct_objects, predicative, prepositions

CLASSES = {
    "AGREEMENT": frozenset({"accord", "treaty"}),
    "ATTACK": frozenset({"attack"}),
    "TROOPS": frozenset({"troops", "soldier"}),
    "PESSIMISM": frozenset({"pessimistic"}),
}
PATTERNS = [
    parse_pattern("sign &AGREEMENT with", "057", "t:1", CLASSES),
    parse_pattern("sign &AGREEMENT", "057", "t:2", CLASSES),
    parse_pattern("carry out &ATTACK", "190", "t:3", CLASSES),
    parse_pattern("be &PESSIMISM", "012", "t:4", CLASSES),
    parse_pattern("land in", "192", "t:5", CLASSES, subject_class="TROOPS"),
    parse_pattern("urge to", "010", "t:6", CLASSES),
    parse_pattern("sign", "030", "t:7", CLASSES),
]


def _plain(patterns, have):
    """The plan without its object classes: every row is tried."""
    return tuple((*row[:5], None) for row in plan_for_preps(patterns, have))


SENTENCES = [
    [("Ruritania", 1, "nsubj", "PROPN", "NNP"), ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
     ("an", 3, "det", "DET", "DT"), ("accord", 1, "dobj", "NOUN", "NN")],
    [("Ruritania", 1, "nsubj", "PROPN", "NNP"), ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
     ("a", 3, "det", "DET", "DT"), ("letter", 1, "dobj", "NOUN", "NN")],
    [("Ruritania", 1, "nsubj", "PROPN", "NNP"), ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
     ("a", 3, "det", "DET", "DT"), ("treaty", 1, "dobj", "NOUN", "NN"),
     ("with", 1, "prep", "ADP", "IN"), ("Freedonia", 4, "pobj", "PROPN", "NNP")],
    [("Ruritania", 1, "nsubj", "PROPN", "NNP"), ("carried", 1, "ROOT", "VERB", "VBD", "carry"),
     ("out", 1, "prep", "ADP", "IN"), ("an", 4, "det", "DET", "DT"),
     ("attack", 2, "pobj", "NOUN", "NN")],
    [("Ruritania", 1, "nsubj", "PROPN", "NNP"), ("was", 1, "ROOT", "AUX", "VBD", "be"),
     ("pessimistic", 1, "acomp", "ADJ", "JJ")],
    [("Troops", 1, "nsubj", "NOUN", "NNS", "troops"), ("landed", 1, "ROOT", "VERB", "VBD", "land"),
     ("in", 1, "prep", "ADP", "IN"), ("Freedonia", 2, "pobj", "PROPN", "NNP")],
]


@pytest.mark.parametrize("rows", SENTENCES)
def test_skipped_rows_change_no_match(parse, monkeypatch, rows) -> None:
    doc = parse(rows)
    v = doc[1]
    for patterns in ([p for p in PATTERNS if p.head == v.lemma_], PATTERNS):
        found = match_patterns(v, patterns, direct_objects(v))
        with monkeypatch.context() as m:
            m.setattr(predicates, "plan_for_preps", _plain)
            plain = match_patterns(v, patterns, direct_objects(v))
        assert (found is None) == (plain is None)
        if found is not None:
            assert found.pattern is plain.pattern
            assert found.objects == plain.objects and found.preps == plain.preps


def test_the_phrase_facts(parse) -> None:
    carried = parse(SENTENCES[3])[1]
    objects = direct_objects(carried)
    facts = phrase_facts(
        ObjectWords(objects), prepositions(carried, objects).values(), predicative(carried, objects)
    )
    assert "attack" in facts  # the particle read as a preposition: its object counts
    match = match_patterns(carried, PATTERNS, objects)
    assert match is not None and match.pattern.rule == "t:3"
    signed = parse(SENTENCES[1])[1]
    match = match_patterns(signed, PATTERNS[:2] + PATTERNS[-1:], direct_objects(signed))
    assert match is not None and match.pattern.rule == "t:7"  # no accord: the bare verb


def test_rows_whose_first_requirement_decides_by_the_row_are_never_skipped() -> None:
    assert object_classes(PATTERNS[4].requirements) is None  # a subject class
    assert object_classes(PATTERNS[5].requirements) is None  # "to"
    assert object_classes(PATTERNS[6].requirements) is None  # no object class
    assert object_classes(PATTERNS[1].requirements) == (CLASSES["AGREEMENT"],)
