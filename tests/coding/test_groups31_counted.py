"""Session 31: a bare definite number as a party ("The three met", "the two settled"), and the
dictionary entries of session 31 (disputes settled, demands presented, blacklists, a cheat
named). Sentences are written for these tests (none is from a gold file)."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.groups import counted_parties


def test_a_bare_definite_number_counts_parties(parse):
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("three", 2, "nsubj", "NUM", "CD"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert counted_parties(doc[1]) == 3


def test_a_number_of_a_noun_or_with_of_is_no_party(parse):
    counted_noun = parse(
        [
            ("The", 2, "det", "DET", "DT"),
            ("three", 2, "nummod", "NUM", "CD"),
            ("states", 3, "nsubj", "NOUN", "NNS", "state"),
            ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ]
    )
    partitive = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("two", 4, "nsubj", "NUM", "CD"),
            ("of", 1, "prep", "ADP", "IN"),
            ("them", 2, "pobj", "PRON", "PRP", "they"),
            ("met", 4, "ROOT", "VERB", "VBD", "meet"),
        ]
    )
    indefinite = parse(
        [
            ("Three", 1, "nsubj", "NUM", "CD"),
            ("died", 1, "ROOT", "VERB", "VBD", "die"),
        ]
    )
    assert counted_parties(counted_noun[1]) == 0
    assert counted_parties(partitive[1]) == 0
    assert counted_parties(indefinite[0]) == 0


@pytest.mark.slow
def test_the_two_after_a_meeting_are_its_countries(rules_coder):
    text = (
        "The Indian prime minister met the Pakistani prime minister in Lahore on Saturday. "
        "The two settled the water dispute."
    )
    triples = {(s[:3], (t or "")[:3], c) for s, t, c in event_triples(rules_coder, text)}
    assert {("IND", "PAK", "057"), ("PAK", "IND", "057")} & triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda resolved their dispute over the island.", ("KEN", "UGA", "057")),
        ("Egypt presented Sudan with ten demands on Monday.", ("EGY", "SDN", "100")),
        ("Canada placed two Iranian banks on its sanctions list.", ("CAN", "IRN", "163")),
        ("Brazil called Argentina a cheat in the trade talks.", ("BRA", "ARG", "111")),
        ("Germany attacked the decision of the Polish government.", ("DEU", "POL", "111")),
        ("Moscow has bristled at Georgia's decision to join the court.", ("RUS", "GEO", "110")),
        ("Egypt and Jordan issued statements of solidarity with Lebanon.", ("JOR", "LBN", "051")),
        ("China's foreign ministry called the Japanese remark insulting.", ("CHN", "JPN", "111")),
        # a span of time counts what follows "of" (lang/en/grammar.yaml quantity_nouns)
        (
            "Belarusian riot police crushed months of street protests in Minsk.",
            ("BLR", "BLR", "175"),
        ),
    ],
)
def test_session31_entries(rules_coder, text, expected):
    triples = {(s[:3], (t or "")[:3], c) for s, t, c in event_triples(rules_coder, text)}
    assert expected in triples


@pytest.mark.slow
def test_an_attack_on_a_place_stays_force(rules_coder):
    codes = {
        c
        for _s, _t, c in event_triples(rules_coder, "Iraqi troops attacked a Kuwaiti border post.")
    }
    assert "111" not in codes and codes & {"190", "193", "194", "195"}


def test_a_figure_counts_parties_as_a_word_does(parse):
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("27", 2, "nsubj", "NUM", "CD"),
            ("agreed", 2, "ROOT", "VERB", "VBD", "agree"),
        ]
    )
    assert counted_parties(doc[1]) == 27
