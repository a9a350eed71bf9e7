"""rules39: families of the language met in the misses of the news batches (85-90 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples, has_event

from multivector.coding.carriers import joined_in, joined_objects, joins_in_act, light_verb

EVENT_NOUNS = frozenset({"protest", "exercise", "march"})


def _joined(parse, phrase: list[tuple], ents: list[str] | None = None):
    """ "Chile joined Peru in <phrase>": the phrase's rows hang on "in" (index 4)."""
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP"),
        ("joined", 1, "ROOT", "VERB", "VBD", "join"),
        ("Peru", 1, "dobj", "PROPN", "NNP"),
        ("in", 1, "prep", "ADP", "IN"),
    ]
    return parse(rows + phrase, ents)


def test_a_joining_verbs_in_phrase_carries_the_act(parse):
    doc = _joined(
        parse, [("a", 5, "det", "DET", "DT"), ("protest", 3, "pobj", "NOUN", "NN", "protest")]
    )
    assert joined_in(doc[5]) == doc[1]
    assert light_verb(doc[5], frozenset()) == doc[1]
    assert joined_objects(doc[1]) == [doc[2]]
    assert joins_in_act(doc[1], EVENT_NOUNS, lambda t: False)


def test_joining_in_a_time_or_a_place_names_no_act(parse):
    ents = ["O", "O", "O", "O", "B-DATE"]
    doc = _joined(parse, [("March", 3, "pobj", "PROPN", "NNP", "march")], ents)
    assert not joins_in_act(doc[1], EVENT_NOUNS, lambda t: True)
    doc = _joined(
        parse, [("the", 5, "det", "DET", "DT"), ("room", 3, "pobj", "NOUN", "NN", "room")]
    )
    assert not joins_in_act(doc[1], EVENT_NOUNS, lambda t: True)
    assert light_verb(doc[5], frozenset()) == doc[1]  # the carrier, though no act is named


def test_a_gerund_joined_in_counts_only_when_a_pattern_codes_it(parse):
    doc = _joined(parse, [("founding", 3, "pcomp", "VERB", "VBG", "found")])
    assert joins_in_act(doc[1], EVENT_NOUNS, lambda t: True)
    assert not joins_in_act(doc[1], EVENT_NOUNS, lambda t: False)


def test_joining_with_no_in_phrase_joins_nothing_in_an_act(parse):
    doc = parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "NNP"),
            ("joined", 1, "ROOT", "VERB", "VBD", "join"),
            ("the", 3, "det", "DET", "DT"),
            ("protest", 1, "dobj", "NOUN", "NN", "protest"),
        ]
    )
    assert joined_objects(doc[1]) == []
    assert not joins_in_act(doc[1], EVENT_NOUNS, lambda t: True)


def test_states_joined_in_a_statement_make_its_appeal(rules_coder):
    text = "Norway joined other Nordic states in a statement urging Serbia to show restraint."
    triples = event_triples(rules_coder, text, "2023-05-30")
    assert any(s == "NOR" and t.startswith("SRB") and c[:2] == "02" for s, t, c in triples)
    assert not any(c == "057" for _, _, c in triples)


def test_joining_another_state_in_a_protest_is_no_agreement(rules_coder):
    text = "Dutch diplomats joined the Belgians on Monday in a formal protest to the Iranian envoy."
    triples = event_triples(rules_coder, text, "2023-05-30")
    assert not any(c == "057" for _, _, c in triples)


def test_navies_joined_in_an_exercise_cooperate_with_each_other(rules_coder):
    text = "Spanish frigates joined Moroccan units in an exercise off Tangier."
    triples = event_triples(rules_coder, text, "2023-05-30")
    assert has_event(triples, "ESP", "MAR", "062") or has_event(triples, "MAR", "ESP", "062")
    assert not any(c == "057" for _, _, c in triples)


def test_joining_an_alliance_in_a_year_is_still_joining_it(rules_coder):
    text = "Croatia joined NATO in April 2009."
    triples = event_triples(rules_coder, text, "2015-01-01")
    assert any(s == "HRV" and "NAT" in t and c == "057" for s, t, c in triples)
