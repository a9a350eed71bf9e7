"""Event-date stage on hand-built parses: sentence dates, qualifiers, the event's date."""

from __future__ import annotations

import datetime as dt

from multivector.coding.dates import DateValue
from multivector.coding.event_dates import advance_narrative, as_date, event_date, sentence_dates
from multivector.coding.state import DocumentState


def _state(doc, doc_date=None) -> DocumentState:
    state = DocumentState(doc_id="t", doc_date=doc_date, mentions={})
    for ent in doc.ents:
        state.dates_by_sentence.setdefault(0, []).append(ent)
    return state


def _signed_in(parse, *date_words: tuple[str, str]):
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("signed", 1, "ROOT", "VERB", "VBD", "sign"),
        ("in", 1, "prep", "ADP", "IN"),
    ]
    ents = ["O", "O", "O"]
    for k, (word, iob) in enumerate(date_words):
        head = 2 if k == len(date_words) - 1 else 3 + len(date_words) - 1
        rows.append((word, head, "pobj" if head == 2 else "amod", "NOUN", "NN"))
        ents.append(iob)
    return parse(rows, ents=ents)


def test_qualifier_outside_the_entity_is_read(parse):
    doc = _signed_in(parse, ("late", "O"), ("2001", "B-DATE"))
    state = _state(doc)
    [(ent, value)] = sentence_dates(doc[:], state)
    assert ent.text == "2001"
    assert (value.iso, value.precision, value.how) == ("2001", "year", "vague")


def test_event_takes_the_date_in_its_phrase(parse):
    doc = _signed_in(parse, ("April", "B-DATE"), ("1995", "I-DATE"))
    state = _state(doc)
    dates = sentence_dates(doc[:], state)
    assert event_date(doc[1], dates, state).iso == "1995-04"


def test_narrative_date_carries_forward_only_without_document_date(parse):
    doc = _signed_in(parse, ("talks", "O"))
    undated = _state(doc)
    undated.narrative = DateValue("1995", "year", "explicit")
    assert event_date(doc[1], [], undated).iso == "1995"
    dated = _state(doc, doc_date=dt.date(2024, 3, 1))
    dated.narrative = DateValue("1995", "year", "explicit")
    assert event_date(doc[1], [], dated) is None  # the coder falls back to the document date


def test_document_relative_dates_do_not_move_the_narrative(parse):
    doc = _signed_in(parse, ("talks", "O"))
    state = _state(doc)
    yesterday = DateValue("2024-02-29", "day", "document-relative")
    advance_narrative([(doc[3:4], yesterday)], state)
    assert state.narrative is None
    explicit = DateValue("2001-11", "month", "explicit")
    advance_narrative([(doc[3:4], explicit)], state)
    assert state.narrative is explicit


def test_middle_of_period():
    assert as_date(DateValue("2001", "year", "explicit")) == dt.date(2001, 7, 1)
    assert as_date(DateValue("2001-11", "month", "explicit")) == dt.date(2001, 11, 15)
    assert as_date(DateValue("199", "decade", "explicit")) == dt.date(1995, 1, 1)
    assert as_date(DateValue("2001-11-02", "day", "explicit")) == dt.date(2001, 11, 2)
    assert as_date(None) is None


def test_a_date_premodifying_a_noun_does_not_move_the_narrative(parse):
    # "Russia ended the 2001 agreement": the year says which agreement, not when the story is
    rows = [
        ("Russia", 1, "nsubj", "PROPN", "NNP"),
        ("ended", 1, "ROOT", "VERB", "VBD", "end"),
        ("the", 4, "det", "DET", "DT"),
        ("2001", 4, "nummod", "NUM", "CD"),
        ("agreement", 1, "dobj", "NOUN", "NN"),
        ("in", 1, "prep", "ADP", "IN"),
        ("2009", 5, "pobj", "NUM", "CD"),
    ]
    doc = parse(rows, ents=["O", "O", "O", "B-DATE", "O", "O", "B-DATE"])
    state = _state(doc)
    dates = sentence_dates(doc[:], state)
    assert [ent.text for ent, _ in dates] == ["2001", "2009"]
    advance_narrative(dates, state)
    assert state.narrative.iso == "2009"
    state.narrative = None
    advance_narrative(dates[:1], state)  # the attributive year alone leaves it unset
    assert state.narrative is None
