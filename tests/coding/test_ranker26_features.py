"""The target ranker's session-26 features: the candidate's relation crossed with the event's
root, what the document's earlier events say of the candidate, and where a candidate of the
sentence before stands in it (chosen under grouped cross-validation, ``verifier/settings.yaml``)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.state import DocumentState
from multivector.coding.verifier.targets import target_candidates
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

# "Iran protested the seizure of the tanker by British marines ."
WORDS = "Iran protested the seizure of the tanker by British marines .".split()
HEADS = [1, 1, 3, 1, 3, 6, 4, 3, 9, 7, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "amod", "pobj", "punct"]

# "Britain seized a ship . Iran protested ."
WORDS2 = "Britain seized a ship . Iran protested .".split()
HEADS2 = [1, 1, 3, 1, 1, 6, 6, 6]
DEPS2 = ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "punct"]

IRAN = Actor("Iran", "IRN", "IRN", CharSpan(0, 4), "country", "country:Iran")
BRITAIN = Actor("Britain", "GBR", "GBR", None, "country", "country:Britain")


def _doc(words: list[str], heads: list[int], deps: list[str], starts: list[int]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps,
               sent_starts=[i in starts for i in range(len(words))])  # fmt: skip


def _event(doc: Doc, verb: int, source: Actor = IRAN, target: Actor | None = None) -> Event:
    tok = doc[verb]
    return Event(
        doc_id="t", sentence_id=0, sentence=tok.sent.text, cameo="111", plover="PROTEST",
        quad_class=3, goldstein=-2.0, rule="verbs.yaml:1 111 protest", target=target,
        source=source, verb_text=tok.text, verb_span=CharSpan(tok.idx, tok.idx + len(tok.text)),
    )  # fmt: skip


def _state(mentions: dict[int, tuple[str, str]], events: list[Event] | None = None) -> DocumentState:
    found = {i: Mention(i, i + 1, (LexEntry(code, code, kind, code),))
             for i, (code, kind) in mentions.items()}  # fmt: skip
    state = DocumentState(doc_id="t", doc_date=dt.date(2019, 7, 20), mentions=found)
    state.events.extend(events or [])
    return state


def _one_sentence() -> tuple[Doc, DocumentState]:
    doc = _doc(WORDS, HEADS, DEPS, [0])
    return doc, _state({0: ("IRN", "country"), 8: ("GBR", "adjective")})


def test_the_relation_is_crossed_with_the_events_root():
    doc, state = _one_sentence()
    [british] = target_candidates(_event(doc, 1), doc[:], state)
    assert "root=11|dep=amod" in british.features
    assert "root=11|prep=by|amod" in british.features


def test_a_candidate_that_acted_on_the_source_last_is_marked():
    doc, state = _one_sentence()
    [british] = target_candidates(_event(doc, 1), doc[:], state)
    assert "dyad.rev=0" in british.features and "last.src" not in british.features
    earlier = _event(doc, 1, source=BRITAIN, target=IRAN)  # Britain acted on Iran before
    state.events.append(earlier)
    [british] = target_candidates(_event(doc, 1), doc[:], state)
    assert "dyad.rev=1" in british.features and "last.src" in british.features


def test_the_rules_target_gets_the_same_history_and_crossed_relation():
    doc, state = _one_sentence()
    state.events.append(_event(doc, 1, source=IRAN, target=BRITAIN))
    british = Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")
    [current] = target_candidates(_event(doc, 1, target=british), doc[:], state)
    assert current.current
    assert "last.tgt" in current.features and "root=11|dep=amod" in current.features


def test_a_candidate_of_the_sentence_before_says_its_relation_there():
    doc = _doc(WORDS2, HEADS2, DEPS2, [0, 5])
    state = _state({0: ("GBR", "country"), 5: ("IRN", "country")})
    iran = Actor("Iran", "IRN", "IRN", CharSpan(doc[5].idx, doc[5].idx + 4), "country", "c")
    [britain] = target_candidates(_event(doc, 6, source=iran), doc[5:], state)
    assert "where=previous" in britain.features and "prev.dep=nsubj" in britain.features


def test_the_sources_earlier_partner_is_a_candidate_of_a_targetless_event():
    doc = _doc(WORDS2, HEADS2, DEPS2, [0, 5])
    state = _state({5: ("IRN", "country")})  # the sentence before names no one here
    iran = Actor("Iran", "IRN", "IRN", CharSpan(doc[5].idx, doc[5].idx + 4), "country", "c")
    state.events.append(_event(doc, 1, source=BRITAIN, target=iran))  # Britain acted on Iran
    [britain] = target_candidates(_event(doc, 6, source=iran), doc[5:], state)
    assert britain.actor.code == "GBR" and britain.actor.span is None
    assert "where=history" in britain.features and "last.src" in britain.features
    # an event whose rules found a target gets no such alternative
    france = Actor("France", "FRA", "FRA", None, "country", "document")
    found = target_candidates(_event(doc, 6, source=iran, target=france), doc[5:], state)
    assert [c.actor.code for c in found] == ["FRA"]
