"""The classifier's recoding: a weak rule's event on the sentence's main predicate, whose root
the classifier finds very improbable while it finds another root probable, takes that root's
likeliest code (sources and targets kept); modality's decisions, strong rules, a root another
predicate of the sentence was coded with and an unsure classifier leave the event as it is."""

from __future__ import annotations

import dataclasses

import pytest
from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventPattern, Requirement
from multivector.coding.second_opinion import RULE, SecondOpinion, Settings
from multivector.coding.state import Trace
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

RECODE = Settings(
    veto=True,
    veto_max_root_probability=0.05,
    veto_min_other_root=0.7,
    veto_weak=frozenset({"bare", "noun", "residual"}),
    veto_spare_main=True,
    recode=True,
    recode_max_root_probability=0.05,
    recode_min_other_root=0.5,
    recode_weak=frozenset({"bare", "noun", "residual"}),
)
SURE_OF_19 = ({"04": 0.01, "19": 0.8, "none": 0.1}, {"190": 0.1, "193": 0.6, "042": 0.01})


def _sent():
    # "Chile hosted Peru": the recoding reads the opinion and where the event's verb is
    doc = Doc(
        Vocab(),
        words=["Chile", "hosted", "Peru"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "dobj"],
        pos=["PROPN", "VERB", "PROPN"],
        sent_starts=[True, False, False],
    )
    return doc[0:3]


def _pattern(code: str, objects: tuple[str, ...] = ()) -> EventPattern:
    reqs = tuple(Requirement("object", frozenset({o})) for o in objects)
    return EventPattern("host", reqs, code, f"test.yaml:1 {code} host")


def _event(code: str, verb_start: int = 6) -> Event:
    src = Actor("Chile", "CHL", "CHL")
    tgt = Actor("Peru", "PER", "PER")
    span = CharSpan(verb_start, verb_start + 6)
    return Event("d", 0, "s", src, tgt, code, None, 1, 1.0, "r", "hosted", span)


def _review(settings=RECODE, opinion=SURE_OF_19, code="042", objects=(), decided=False,
            taken=frozenset(), verb_start=6):  # fmt: skip
    so = SecondOpinion(FixedOpinion(*opinion), settings)
    sent = _sent()
    so.refine(sent, code, "r", taken)  # events.py asks for a refinement just before a review
    return so.review(sent, _pattern(code, objects), False, decided, [_event(code, verb_start)],
                     Trace("hosted", "host", ""))  # fmt: skip


def test_a_weak_rules_wrong_root_is_recoded():
    [e] = _review()
    assert e.cameo == "193"
    assert e.rule == f"r +{RULE} recoded 0.80"
    assert (e.source.code, e.target.code) == ("CHL", "PER")
    assert e.quad_class == 4 and e.goldstein < 0  # the new code's, from the ontology


@pytest.mark.parametrize(
    "change",
    [
        {"settings": dataclasses.replace(RECODE, recode=False)},  # off: the veto spares it
        {"decided": True},  # an intention, threat, refusal: modality's decision
        {"objects": ("summit",), "code": "042"},  # a strong rule: specific pattern and code
        {"opinion": ({"04": 0.2, "19": 0.7}, {"193": 0.6})},  # its root not improbable enough
        {"opinion": ({"04": 0.01, "19": 0.4, "none": 0.59}, {"193": 0.3})},  # unsure of 19
        {"taken": frozenset({"190"})},  # another predicate is the 19 the classifier read
    ],
)
def test_left_as_it_is(change):
    [e] = _review(**change)
    assert e.cameo == change.get("code", "042") and "recoded" not in e.rule


def test_an_event_beside_the_main_predicate_is_vetoed_not_recoded():
    assert _review(verb_start=0) == []  # "Chile" is no main predicate: the veto drops it


def test_settings_read_the_recoding():
    s = Settings.load()  # on since session 28, with both guards
    assert s.recode and s.recode_spare_object_nouns and s.recode_max_specificity == 2
    assert s.recode_weak == frozenset({"bare", "noun", "residual"})
    assert 0 < s.recode_max_root_probability < s.recode_min_other_root <= 1
