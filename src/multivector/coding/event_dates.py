"""Event dates: the dates a sentence gives, the narrative date carried forward, an event's date.

Parsing a date expression is :mod:`multivector.coding.dates`; this stage decides which parsed
date an event takes (a date in the verb's own phrase first, else the nearest) and how the
narrative date moves from sentence to sentence.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.dates import DateValue, is_date_like, parse_date_expression
from multivector.coding.state import DocumentState
from multivector.model import PartialDate

SentenceDates = list[tuple[Span, DateValue]]

DATE_QUALIFIERS = lang.words("date_qualifiers")


def sentence_dates(sent: Span, state: DocumentState) -> SentenceDates:
    """Every date entity of ``sent`` parsed, relative to the document date and the narrative."""
    out: SentenceDates = []
    narrative = state.narrative
    for ent in state.dates_by_sentence.get(sent.start, ()):
        if not is_date_like(ent.text):
            continue
        text = ent.text
        # spaCy leaves the qualifier outside the entity at times ("late 2001").
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in DATE_QUALIFIERS:
            text = ent.doc[ent.start - 1].text + " " + text
        value = parse_date_expression(text, state.doc_date, narrative)
        if value is not None:
            out.append((ent, value))
            if value.how != "document-relative":
                narrative = value
    return out


def advance_narrative(dates: SentenceDates, state: DocumentState) -> None:
    """The last date of the sentence that is not relative to the document becomes the narrative."""
    for _, value in dates:
        if value.how != "document-relative":
            state.narrative = value


def event_date(v: Token, dates: SentenceDates, state: DocumentState) -> DateValue | None:
    """The date of the event whose predicate is ``v``."""
    if dates:
        # A date in the verb's own phrase wins (an explicit one first), else the nearest one.
        inside = [
            (value.how == "narrative-relative", abs(ent.root.i - v.i), value)
            for ent, value in dates
            if v in ent.root.ancestors or ent.root.head == v
        ]
        if inside:
            return min(inside, key=lambda x: x[:2])[2]
        return min(dates, key=lambda d: (abs(d[0].root.i - v.i), d[1].how == "narrative-relative"))[
            1
        ]
    if state.doc_date is None and state.narrative is not None:
        return state.narrative
    return None


def as_date(value: DateValue | None) -> dt.date | None:
    """The day a date stands for (:attr:`PartialDate.reference_day`): who held office "in
    2001" is judged on 1 July 2001."""
    if value is None:
        return None
    found = PartialDate.parse(value.iso)
    return found.reference_day if found else None
