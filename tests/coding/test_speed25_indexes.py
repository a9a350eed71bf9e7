"""The indexes of speed25: a verb's pattern rows cut by the prepositions at hand, the plural
subject memo of a document, and the cue words before the story-day regexes. Each must give
what the full work gives, and must not outlive what it was read from."""

from __future__ import annotations

import pytest

from multivector.coding.binding import plural_subject
from multivector.coding.dates import ANNIVERSARY
from multivector.coding.dictionary import parse_pattern, pattern_plan, plan_for_preps
from multivector.coding.orders import participle_order
from multivector.coding.predicates import match_patterns
from multivector.coding.story_days import BARE_DAY, DAY_TIME, THAT_DAY, _may_tell_story_days
from multivector.coding.syntax import direct_objects, inner_predicatives
from multivector.coding.token_index import release, token_index

SIGN_DEAL_WITH = parse_pattern("sign deal with", "057", "test:1", {})
SIGN_DEAL_IN = parse_pattern("sign deal in", "057", "test:2", {})
SIGN_DEAL = parse_pattern("sign deal", "050", "test:3", {})
SIGN = parse_pattern("sign", "010", "test:4", {})


def test_rows_asking_for_an_absent_preposition_are_cut() -> None:
    patterns = [SIGN_DEAL_WITH, SIGN_DEAL_IN, SIGN_DEAL, SIGN]
    assert [r[0] for r in plan_for_preps(patterns, set())] == [SIGN_DEAL, SIGN]
    assert [r[0] for r in plan_for_preps(patterns, {"with", "near"})] == [
        SIGN_DEAL_WITH,
        SIGN_DEAL,
        SIGN,
    ]
    assert len(plan_for_preps(patterns, {"with", "in"})) == 4


def test_a_changed_list_is_cut_again() -> None:
    patterns = [SIGN_DEAL_WITH, SIGN_DEAL]
    assert [r[0] for r in plan_for_preps(patterns, set())] == [SIGN_DEAL]
    patterns.append(SIGN)  # the list grows: planned and cut again
    assert [r[0] for r in plan_for_preps(patterns, set())] == [SIGN_DEAL, SIGN]


def test_a_plan_out_of_specificity_order_is_not_cut() -> None:
    # a skipped row could end the search for a tie: such a plan is tried whole
    patterns = [SIGN, SIGN_DEAL_WITH]
    assert plan_for_preps(patterns, set()) is pattern_plan(patterns)


def _signed(parse, rest):
    return parse(
        [
            ("Ruritania", 1, "nsubj", "PROPN", "NNP"),
            ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
            ("a", 3, "det", "DET", "DT"),
            ("deal", 1, "dobj", "NOUN", "NN"),
            *rest,
        ]
    )


def test_match_with_and_without_the_preposition(parse) -> None:
    patterns = [SIGN_DEAL_WITH, SIGN_DEAL_IN, SIGN_DEAL, SIGN]
    doc = _signed(parse, [])
    match = match_patterns(doc[1], patterns, direct_objects(doc[1]))
    assert match is not None and match.pattern is SIGN_DEAL
    doc = _signed(parse, [("in", 1, "prep", "ADP", "IN"), ("Zenda", 4, "pobj", "PROPN", "NNP")])
    match = match_patterns(doc[1], patterns, direct_objects(doc[1]))
    assert match is not None and match.pattern is SIGN_DEAL_IN
    assert match.preps["in"].i == 4


def _their(parse, subject_tag: str):
    return parse(
        [
            ("Envoys", 1, "nsubj", "NOUN", subject_tag, "envoy"),
            ("left", 1, "ROOT", "VERB", "VBD", "leave"),
            ("their", 3, "poss", "PRON", "PRP$"),
            ("posts", 1, "dobj", "NOUN", "NNS", "post"),
        ]
    )


def test_plural_subject_read_from_the_index(parse) -> None:
    assert plural_subject(_their(parse, "NNS")[2])
    assert not plural_subject(_their(parse, "NN")[2])
    doc = parse(
        [
            ("Osman", 3, "nsubj", "PROPN", "NNP"),
            ("and", 0, "cc", "CCONJ", "CC"),
            ("Lena", 0, "conj", "PROPN", "NNP"),
            ("left", 3, "ROOT", "VERB", "VBD", "leave"),
            ("her", 5, "poss", "PRON", "PRP$"),
            ("post", 3, "dobj", "NOUN", "NN"),
        ]
    )
    assert plural_subject(doc[4])  # "A and B"
    assert not plural_subject(doc[3])  # the root: no verb above it
    verbless = parse([("their", 1, "poss", "PRON", "PRP$"), ("posts", 1, "ROOT", "NOUN", "NNS")])
    assert not plural_subject(verbless[0])


def test_plural_subject_memo_dies_with_the_index(parse) -> None:
    doc = _their(parse, "NNS")
    assert plural_subject(doc[2])
    doc[0].tag_ = "NN"  # a mend changes the parse, then drops the index (as mend_headlines)
    release(doc)
    assert not plural_subject(doc[2])


STORY_TEXTS = [
    "By evening the crowd had grown.",
    "BY NIGHTFALL the town was quiet.",
    "Troops arrived\nin the early\nevening.",
    "That same night the envoy flew home.",
    "Forty years ago today the treaty was signed.",
    "They met again on the 14th.",
    "Ministers met on Thursday in Zenda.",
    "The rally was held at a square near the port.",
    "The day after, 3 hours passed.",
]


@pytest.mark.parametrize("text", STORY_TEXTS)
def test_cues_never_hide_a_story_day(text) -> None:
    full = any(rx.search(text) for rx in (DAY_TIME, BARE_DAY, THAT_DAY, ANNIVERSARY))
    assert _may_tell_story_days(text) == full


def test_cues_rule_out_texts_without_their_words() -> None:
    assert not _may_tell_story_days("Ministers met on Thursday in Zenda.")
    assert _may_tell_story_days("WITHIN MINUTES the police came.")


def _ordered(parse):
    # "Ruritania ordered the ferry impounded": the participle is what the order asks done
    return parse(
        [
            ("Ruritania", 1, "nsubj", "PROPN", "NNP"),
            ("ordered", 1, "ROOT", "VERB", "VBD", "order"),
            ("the", 3, "det", "DET", "DT"),
            ("ferry", 1, "dobj", "NOUN", "NN"),
            ("impounded", 1, "xcomp", "VERB", "VBN", "impound"),
        ]
    )


def test_participle_order_kept_per_token_and_index(parse) -> None:
    doc = _ordered(parse)
    assert participle_order(doc[4]) == doc[1]
    assert participle_order(doc[4]) == doc[1]  # from the memo, the same answer
    assert participle_order(doc[3]) is None  # not a participle
    doc[4].tag_ = "VB"  # a changed parse, index dropped: asked again
    release(doc)
    assert participle_order(doc[4]) is None


def test_inner_predicatives_read_from_the_index(parse) -> None:
    # "termed Zenda's refusal to reopen the pass unlawful": the predicate hangs under "reopen"
    doc = parse(
        [
            ("Osman", 1, "nsubj", "PROPN", "NNP"),
            ("termed", 1, "ROOT", "VERB", "VBD", "term"),
            ("Zenda", 4, "poss", "PROPN", "NNP"),
            ("'s", 2, "case", "PART", "POS"),
            ("refusal", 1, "dobj", "NOUN", "NN"),
            ("to", 6, "aux", "PART", "TO"),
            ("reopen", 4, "acl", "VERB", "VB"),
            ("the", 8, "det", "DET", "DT"),
            ("pass", 6, "dobj", "NOUN", "NN"),
            ("unlawful", 6, "oprd", "ADJ", "JJ"),
        ]
    )
    found = inner_predicatives(doc[4])
    assert [t.i for t in found] == [9] and found[0].text == "unlawful"
    assert inner_predicatives(doc[8]) == []


def test_agent_code_kept_per_token_gives_the_worked_answer(parse, lexicon) -> None:
    doc = parse(
        [
            ("The", 1, "det", "DET", "DT"),
            ("legislature", 2, "nsubj", "NOUN", "NN", "legislature"),
            ("summoned", 2, "ROOT", "VERB", "VBD", "summon"),
            ("the", 4, "det", "DET", "DT"),
            ("police", 2, "dobj", "NOUN", "NNS", "police"),
        ]
    )
    worked = [lexicon._agent_code(t) for t in doc]
    assert worked[1] == "LEG" and worked[4] == "COP" and worked[2] is None
    assert [lexicon.agent_code(t) for t in doc] == worked
    assert [lexicon.agent_code(t) for t in doc] == worked  # from the memo
    assert any(k.startswith("agent_code:") for k in token_index(doc).memo)
    release(doc)  # a changed parse drops the index, and the answers kept with it
    assert not any(k.startswith("agent_code:") for k in token_index(doc).memo)
