"""The end of a sentence's coding (coding/sentence_end.py): what the rules coded becomes the
document's antecedents and the output only after the era's reading, so a later "the arrests"
or a counterpart reads the same actors the output names. Events built by hand."""

from __future__ import annotations

import datetime as dt

import spacy

from multivector.coding.sentence_end import finish_sentence
from multivector.coding.state import DocumentState
from multivector.model import Actor, Event
from multivector.ontology.policy import load_policy


def _event(source: Actor, target: Actor, date: str, cameo: str = "173") -> Event:
    return Event("d", 0, "Police in Algiers arrested forty men.", source, target, cameo, None,
                 4, -5.0, "test", date=date)  # fmt: skip


def _police() -> Actor:
    return Actor("Police", "DZACOP", "DZA", None, "agent", "agent:police+place:Algiers")


def _people() -> Actor:
    return Actor("men", "DZACVL", "DZA", None, "agent", "agent:men+place:Algiers")


def _finish(events: list[Event]) -> tuple[list[Event], DocumentState]:
    sent = spacy.blank("en")("Police in Algiers arrested forty men.")[:]
    state = DocumentState("d", dt.date(1957, 3, 5), {})
    out = finish_sentence(sent, 0, events, [], state, [], None, load_policy(), 64)
    return out, state


def test_the_antecedents_carry_the_governing_state():
    out, state = _finish([_event(_police(), _people(), "1957-03-05")])
    assert [e.source.code for e in out] == ["FRACOP"]
    assert [e.source.code for e in state.events] == ["FRACOP"]
    assert [e.target.code for e in state.events] == ["DZACVL"]  # people stay the territory's


def test_after_independence_the_organ_is_the_new_states():
    out, state = _finish([_event(_police(), _people(), "1963-03-05")])
    assert [e.source.code for e in out] == [e.source.code for e in state.events] == ["DZACOP"]


def test_a_sentence_listing_many_actors_is_cut():
    many = [_event(_police(), Actor(f"m{i}", f"X{i:02d}", None, None, "other", "")
                   , "1963-03-05", cameo="111") for i in range(80)]  # fmt: skip
    sent = spacy.blank("en")("Police condemned them.")[:]
    state = DocumentState("d", dt.date(1963, 3, 5), {})
    out = finish_sentence(sent, 0, many, [], state, [], None, load_policy(), 64)
    assert len(state.events) == 64 and len(out) <= 64
