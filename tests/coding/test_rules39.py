"""rules39: families of the language met in the misses of the news batches (85-90 read first,
each family then checked on the earlier batches), each written for the language, not for one
sentence. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import dateline_in, event_triples, has_event

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


@pytest.mark.parametrize(
    "line",
    [
        "NAIROBI, 4 March 2011 - ",
        "QUITO, June 9, 2015 -- ",
        "HARARE, Tuesday 12 May 2009 -- ",
        "LUSAKA, Friday, 2 October 2020 -- ",
        "DOHA, 5th April, 2016 (QNA) -- ",
        "APIA, 14 JUNE 2019 (Pacific Desk) - ",
        "(Regional desk, French service) DAKAR/BAMAKO, 2 June 2021 - ",
    ],
)
def test_a_dateline_may_give_the_year_a_weekday_and_a_source_in_brackets(line):
    assert dateline_in(line) == line.strip()


def test_a_bracketed_line_in_prose_is_no_dateline():
    from multivector.nlp import find_dateline

    assert (
        find_dateline("(Reuters) The ministers met in Lusaka, 2 October 2020 - a Friday.") is None
    )


def test_a_story_after_a_dated_dateline_has_its_own_subject(rules_coder):
    text = "HARARE, Tuesday 12 May 2009 -- Zambia and Malawi signed a border accord on Monday."
    triples = event_triples(rules_coder, text, "2009-05-12")
    assert has_event(triples, "ZMB", "MWI", "057") or has_event(triples, "MWI", "ZMB", "057")
    assert not any(s.startswith("ZWE") for s, _, _ in triples)


def test_a_peoples_word_is_no_bare_family_name(rules_coder):
    # "English" is the bare family name of a New Zealand prime minister (2016-2017)
    doc = rules_coder.nlp("(Regional desk, English service) Fiji expelled two Tongan envoys.")
    found = rules_coder.lexicon.find_mentions(doc)
    word = next(t for t in doc if t.text == "English")
    assert word.ent_type_ in ("NORP", "LANGUAGE")
    assert word.i not in found


def test_a_prime_ministers_family_name_after_his_full_name_is_still_his(rules_coder):
    doc = rules_coder.nlp("Prime Minister Bill English met Mr Turnbull. English said they agreed.")
    found = rules_coder.lexicon.find_mentions(doc)
    bare = [t for t in doc if t.text == "English"][-1]
    assert bare.i in found and any(e.kind == "leader" for e in found[bare.i].entries)


@pytest.mark.parametrize(
    "court",
    ["The International Tribunal for the Law of the Sea", "The Permanent Court of Arbitration"],
)
def test_a_tribunal_between_states_is_an_actor(rules_coder, court):
    text = f"{court} ordered Senegal to release the trawler and its crew."
    triples = event_triples(rules_coder, text, "2014-03-01")
    assert any(s.startswith("IGOJUD") and t.startswith("SEN") for s, t, _ in triples)


def test_a_court_finding_that_another_broke_the_law_rules_on_it(rules_coder):
    text = "The International Court of Justice found that Uganda had violated the ceasefire."
    triples = event_triples(rules_coder, text, "2005-12-19")
    assert has_event(triples, "IGOUNOJUDICJ", "UGA", "116")
    assert not any(c.startswith("112") for _, _, c in triples)


def test_a_state_finding_that_another_broke_the_law_accuses_it(rules_coder):
    text = "Congo found that Uganda had violated the ceasefire."
    triples = event_triples(rules_coder, text, "2005-12-19")
    assert not any(c == "116" for _, _, c in triples)
    assert any(s == "COD" and t == "UGA" and c.startswith("112") for s, t, c in triples)


def test_readiness_to_smash_an_enemy_threatens_force(rules_coder):
    text = (
        "Indian and Pakistani troops exchanged fire in Kashmir. "
        "Radio Pakistan said the army was ready to crush any aggressor."
    )
    triples = event_triples(rules_coder, text, "1965-08-20")
    assert any(s.startswith("PAK") and t.startswith("IND") and c[:2] == "13" for s, t, c in triples)
    assert not any(c == "030" for _, _, c in triples)


def test_crushing_protests_stays_repression(rules_coder):
    triples = event_triples(rules_coder, "The Burmese army crushed the protests.", "1988-09-20")
    assert any(c == "175" for _, _, c in triples)


@pytest.mark.parametrize(("date", "code"), [("1960-05-10", "USRMED"), ("2020-05-10", "RUSMED")])
def test_a_state_body_is_its_state_of_the_time(rules_coder, date, code):
    triples = event_triples(rules_coder, "TASS accused Washington of aggression.", date)
    assert any(s == code and t.startswith("USA") for s, t, _ in triples)


def test_a_state_body_belongs_to_its_state(rules_coder):
    doc = rules_coder.nlp("The Pentagon blacklisted the firm.")
    found = rules_coder.lexicon.find_mentions(doc)
    assert [e.country for e in found[1].entries] == ["USA"]
