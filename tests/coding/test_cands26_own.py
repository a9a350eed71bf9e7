"""Candidate targets of the source's own state (session 26, round 3): an actor of the source's
country under another code ("Iraqi forces shelled Kurdish villages") is a candidate of a
targetless event, marked ``where=own``; the source's own code and its own words never are."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.state import DocumentState
from multivector.coding.verifier import targets
from multivector.coding.verifier.targets import target_candidates
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

# "Iraqi forces shelled Kurdish villages near Iraqi Mosul ."
WORDS = "Iraqi forces shelled Kurdish villages near Iraqi Mosul .".split()
HEADS = [1, 2, 2, 4, 2, 4, 7, 5, 2]
DEPS = ["amod", "nsubj", "ROOT", "amod", "dobj", "prep", "amod", "pobj", "punct"]

SOURCE = Actor("Iraqi forces", "IRQMIL", "IRQ", CharSpan(0, 12), "adjective", "adjective:Iraqi")


def _setup() -> tuple[Doc, DocumentState, Event]:
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)
    entries = {
        0: LexEntry("IRQMIL", "IRQ", "adjective", "Iraqi forces"),
        3: LexEntry("IRQCVL", "IRQ", "adjective", "Kurdish villagers"),
        6: LexEntry("IRQMIL", "IRQ", "adjective", "Iraqi forces"),
    }
    mentions = {i: Mention(i, i + 1, (e,)) for i, e in entries.items()}
    state = DocumentState(doc_id="t", doc_date=dt.date(2019, 7, 20), mentions=mentions)
    verb = doc[2]
    event = Event(
        doc_id="t", sentence_id=0, sentence=doc.text, cameo="195", plover="ASSAULT",
        quad_class=4, goldstein=-10.0, rule="verbs.yaml:1 195 shell", target=None,
        source=SOURCE, verb_text=verb.text, verb_span=CharSpan(verb.idx, verb.idx + 5),
    )  # fmt: skip
    return doc, state, event


@pytest.fixture
def own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The own-state candidates on, as a ranker retrained with them uses them."""
    monkeypatch.setattr(targets, "OWN", 2)


def test_the_shipped_ranker_sees_one_own_state_candidate(monkeypatch):
    doc, state, event = _setup()  # on (1) since session 27 (batches 57-58)
    assert targets.OWN == 1
    assert [c.actor.code for c in target_candidates(event, doc[:], state)] == ["IRQCVL"]
    monkeypatch.setattr(targets, "OWN", 0)
    assert target_candidates(event, doc[:], state) == []


def test_an_actor_of_the_sources_own_state_is_a_candidate(own):
    doc, state, event = _setup()
    found = target_candidates(event, doc[:], state)
    assert [c.actor.code for c in found] == ["IRQCVL"]  # not the source's own code again
    assert "where=own" in found[0].features and "where=sentence" in found[0].features


def test_no_own_state_alternative_to_a_found_target(own):
    doc, state, event = _setup()  # as alternatives they cost switches under cross-validation
    syria = Actor("Syria", "SYR", "SYR", None, "country", "document")
    found = target_candidates(dataclasses.replace(event, target=syria), doc[:], state)
    assert [c.actor.code for c in found] == ["SYR"] and found[-1].current
