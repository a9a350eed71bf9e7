"""Phrasal verbs whose particle the parser reads as an adverb, combatants called "fighters",
and object classes of people, buildings, lockdowns and expulsions. Sentences are written for
these tests."""

from __future__ import annotations

import pytest

from multivector.coding.dictionary import parse_pattern
from multivector.coding.predicates import match_patterns
from multivector.coding.syntax import direct_objects, prepositions

PULL_BACK_FROM = parse_pattern(
    "pull back &WEAPON from", "087", "test:1", {"WEAPON": frozenset({"weapon"})}
)


def _pulled(parse):
    # "Serbia pulled its guns back from the line": "back" parsed as an adverb heading "from"
    return parse(
        [
            ("Serbia", 1, "nsubj", "PROPN", "NNP"),
            ("pulled", 1, "ROOT", "VERB", "VBD", "pull"),
            ("its", 3, "poss", "PRON", "PRP$"),
            ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
            ("back", 1, "advmod", "ADV", "RB"),
            ("from", 4, "prep", "ADP", "IN"),
            ("the", 7, "det", "DET", "DT"),
            ("line", 5, "pobj", "NOUN", "NN"),
        ]
    )


def test_an_adverbial_particle_and_its_phrase_count(parse):
    doc = _pulled(parse)
    v = doc[1]
    found = prepositions(v, direct_objects(v))
    assert found["back"].i == 4 and found["from"].i == 5
    m = match_patterns(v, [PULL_BACK_FROM], direct_objects(v))
    assert m is not None and m.pattern.code == "087"


def test_an_adverb_that_is_no_particle_does_not_count(parse):
    doc = parse(
        [
            ("Serbia", 1, "nsubj", "PROPN", "NNP"),
            ("pulled", 1, "ROOT", "VERB", "VBD", "pull"),
            ("weapons", 1, "dobj", "NOUN", "NNS", "weapon"),
            ("quickly", 1, "advmod", "ADV", "RB"),
        ]
    )
    assert "quickly" not in prepositions(doc[1], direct_objects(doc[1]))


def _codes(coder, text: str) -> set[str]:
    return {e.cameo for e in coder.code_text(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "fighters" are combatants, not aircraft: no aerial re-coding (the classifier may make
        # the residual 190 specific, e.g. 193 for an ambush: any code of root 19 but 195)
        ("Boko Haram fighters stormed a village in Borno state.", "19", "195"),
        ("Houthi fighters ambushed a Saudi patrol near the border.", "19", "195"),
        # people freed are persons released (0841)
        ("The junta in Conakry freed 120 people detained during the protests.", "0841", "084"),
        # a building occupied by protesters is a protest (144), not a military occupation
        ("Students occupied the Chinese consulate in Karachi.", "144", "192"),
        # a lockdown imposed is a curfew (1723)
        ("The government of Fiji imposed a 24-hour lockdown on Suva.", "1723", "172"),
        # people driven across a border are expelled en masse (201)
        (
            "Serbian forces forced thousands of people across the border into Macedonia.",
            "201",
            "170",
        ),
        # weapons pulled back from a line are a military de-escalation (087)
        ("India pulled its artillery guns back from the Line of Control.", "087", "030"),
    ],
)
def test_classes_through_the_coder(coder, text, expected, not_expected):
    codes = _codes(coder, text)
    found = any(c.startswith(expected) for c in codes)
    assert found and not_expected not in codes, (text, codes)


@pytest.mark.slow
def test_two_sides_pulling_back_do_so_from_each_other(coder):
    events = coder.code_text("Eritrea and Ethiopia agreed to pull their heavy weapons back.")
    pairs = {(e.source.country, e.target.country if e.target else None, e.cameo) for e in events}
    assert ("ERI", "ETH", "087") in pairs, pairs
