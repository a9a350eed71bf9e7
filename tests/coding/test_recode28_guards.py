"""The recoding's guards (session 28): no recoding into the root of an act a noun of the verb's
phrase names ("lamented Peru's attack": the classifier reads the attack), whether the noun heads
noun patterns or only verb patterns ("veto"), and none of a rule of many requirements (a phrase
the dictionary considered)."""

from __future__ import annotations

import dataclasses

from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventDictionary, EventPattern, Requirement
from multivector.coding.second_opinion import SecondOpinion, Settings
from multivector.coding.state import Trace
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

RECODE = Settings(
    recode=True,
    recode_max_root_probability=0.05,
    recode_min_other_root=0.5,
    recode_weak=frozenset({"bare", "noun", "residual"}),
    recode_spare_object_nouns=True,
)
SURE_OF_19 = ({"11": 0.01, "19": 0.8, "none": 0.1}, {"190": 0.1, "193": 0.6, "110": 0.01})


def _sent(noun: str):
    # "Chile lamented Peru 's NOUN"
    doc = Doc(
        Vocab(),
        words=["Chile", "lamented", "Peru", "'s", noun],
        heads=[1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "poss", "case", "dobj"],
        pos=["PROPN", "VERB", "PROPN", "PART", "NOUN"],
        lemmas=["Chile", "lament", "Peru", "'s", noun],
        sent_starts=[True, False, False, False, False],
    )
    return doc[0:5]


def _event() -> Event:
    span = CharSpan(6, 14)  # "lamented"; 110: a residual code, so a weak rule
    return Event("d", 0, "s", Actor("Chile", "CHL", "CHL"), Actor("Peru", "PER", "PER"), "110",
                 None, 1, 1.0, "r", "lamented", span)  # fmt: skip


def _pattern(n_requirements: int = 0) -> EventPattern:
    reqs = tuple(Requirement("prep", frozenset({f"p{i}"})) for i in range(n_requirements))
    return EventPattern("lament", reqs, "110", "test.yaml:1 110 lament")


def _dictionary(noun: str, pos: str) -> EventDictionary:
    d = EventDictionary()
    d.add(EventPattern(noun, (), "190", f"test.yaml:2 190 {noun}", pos=pos))
    return d


def _review(noun="attack", dictionary=None, settings=RECODE, pattern=None):
    so = SecondOpinion(FixedOpinion(*SURE_OF_19), settings)
    if dictionary is not None:
        so.know_dictionary(dictionary)
    sent = _sent(noun)
    so.refine(sent, "110", "r", frozenset())
    [e] = so.review(sent, pattern or _pattern(), False, False, [_event()],
                    Trace("lamented", "lament", ""))  # fmt: skip
    return e


def test_without_a_dictionary_the_act_is_recoded():
    assert _review().cameo == "193"  # the guard needs to know which nouns name acts


def test_no_recoding_into_the_root_of_an_event_noun_in_the_phrase():
    assert _review(dictionary=_dictionary("attack", "noun")).cameo == "110"


def test_a_noun_that_heads_verb_patterns_counts_too():
    assert _review(noun="veto", dictionary=_dictionary("veto", "verb")).cameo == "110"


def test_a_noun_of_another_root_does_not_guard():
    d = EventDictionary()
    d.add(EventPattern("visit", (), "042", "test.yaml:3 042 visit", pos="noun"))
    assert _review(noun="visit", dictionary=d).cameo == "193"


def test_the_guard_can_be_switched_off():
    off = dataclasses.replace(RECODE, recode_spare_object_nouns=False)
    assert _review(dictionary=_dictionary("attack", "noun"), settings=off).cameo == "193"


def test_a_rule_of_many_requirements_is_not_recoded():
    capped = dataclasses.replace(RECODE, recode_max_specificity=2)
    assert _review(settings=capped, pattern=_pattern(3)).cameo == "110"
    assert _review(settings=capped, pattern=_pattern(2)).cameo == "193"
