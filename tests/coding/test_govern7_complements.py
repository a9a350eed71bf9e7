"""Governors coded through their complement (coding/complements.py): a warning gives way to the
specific threat its clause announces, but not to an announced request; a governor whose
complement gave no event is coded by its own pattern.

Hand-built parses (no statistical model) and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.coding.complements import uncoded_complement, warned_clause
from multivector.coding.dictionary import EventPattern


def _warned(parse):
    # "Peru warned that it would cut its ties with Chile."
    rows = [
        ("Peru", 1, "nsubj", "PROPN", "NNP"),
        ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
        ("that", 5, "mark", "SCONJ", "IN"),
        ("it", 5, "nsubj", "PRON", "PRP"),
        ("would", 5, "aux", "AUX", "MD"),
        ("cut", 1, "ccomp", "VERB", "VB"),
        ("its", 7, "poss", "PRON", "PRP$"),
        ("ties", 5, "dobj", "NOUN", "NNS", "tie"),
        ("with", 7, "prep", "ADP", "IN"),
        ("Chile", 8, "pobj", "PROPN", "NNP"),
    ]
    return parse(rows)


def test_the_clause_of_a_warning_is_found_only_for_the_warning_s_pattern(parse):
    doc = _warned(parse)
    warning = EventPattern(head="warn", requirements=(), code="130", rule="modality.yaml warning 'warn'")
    assert warned_clause(doc[1], warning) == doc[5]
    assert warned_clause(doc[1], None) is None  # "warn" by its own dictionary pattern
    other = EventPattern(head="warn", requirements=(), code="020", rule="verbs.yaml:1 020 warn")
    assert warned_clause(doc[1], other) is None


def test_a_complement_is_uncoded_when_no_token_of_its_phrase_gave_an_event(parse):
    doc = _warned(parse)
    assert uncoded_complement(doc[5], set())
    assert uncoded_complement(doc[5], {1})  # the governor itself does not count
    assert not uncoded_complement(doc[5], {5})
    assert not uncoded_complement(doc[5], {7})  # an event noun of its object ("ties")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "no_warning"),
    [
        # a warning of a specific act is that act's threat, not also a threat in general
        ("Norway warned that it would expel Russian diplomats.", "1313", True),
        ("Sweden warned that it would recall its ambassador from Iran.", "1313", True),
        ("Japan warned that it would impose tariffs on Korean steel.", "1312", True),
        ("Poland warned that it would close its border with Belarus.", "1381", True),
        # an announced request is no threat of its own: the warning stays a threat (130)
        ("Mali warned that it would ask the Security Council to condemn Algeria.", "130", False),
        ("Bolivia warned that it would call on the Organization of American States to condemn Chile.", "130", False),
    ],
)
def test_a_warning_gives_way_to_the_threat_its_clause_announces(coder, text, expected, no_warning):
    events = coder.code_text(text)
    assert expected in {e.cameo for e in events}, (text, [(e.cameo, e.rule) for e in events])
    warnings = [e for e in events if e.rule.startswith("modality.yaml warning")]
    assert not warnings if no_warning else True, (text, [e.rule for e in warnings])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # the parser tags "host" a noun: the hosting is never coded, the offer was made
        "The Swiss foreign ministry offered to host talks between the two neighbours.",
        "Ghana's foreign ministry offered to host talks between the rival factions.",
        "The Norwegian government offered to host talks between the two parties.",
    ],
)
def test_a_governor_whose_complement_gave_no_event_is_coded_itself(coder, text):
    events = [e for e in coder.code_text(text) if "+complement uncoded" in e.rule]
    assert events and all(e.cameo.startswith("03") for e in events), text


def test_a_threat_to_destroy_property_is_a_threat_of_force():
    from multivector.ontology.policy import load_policy

    policy = load_policy()
    assert policy.threat_code("1712") == "138"  # destroy property: force
    assert policy.threat_code("173") == "137"  # arrest: repression, as before


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The militia threatened to burn the villages of Ituri.",
        "Hezbollah threatened to destroy Israel's ports.",
        "Serbia threatened to demolish the barricades in Kosovo.",
    ],
)
def test_threatened_destruction_through_the_coder(coder, text):
    codes = {e.cameo for e in coder.code_text(text)}
    assert "138" in codes and "137" not in codes, (text, codes)
