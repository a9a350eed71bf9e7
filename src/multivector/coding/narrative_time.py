"""Narrative time: whether the paragraph being read narrates the past or tells the news.

A news text that opens on the reporting day ("died on Saturday") may tell a past story in a
later paragraph ("In June 1976 hijackers diverted an airliner to Entebbe ... Israeli commandos
stormed the airport on the night of July 3"). English prose sets such a time frame with an
explicit date to the month or day, and keeps it within the paragraph until a sentence returns
to the reporting day ("on Tuesday", "last week"); a news story's next paragraph starts in the
news again (a background paragraph, "Beijing imposed the tariffs in March 2021", does not make
"talks in February" in a later one of 2021). Inside the frame, a month or day with no year is
in the narrative's year and an undated past-tense clause takes the narrative date, as in a text
that tells history from its first date (``DocumentState.history``).
"""

from __future__ import annotations

import datetime as dt

from multivector.coding.dates import HISTORY_YEARS, DateValue
from multivector.coding.state import DocumentState

# an explicit date to the month or day sets a frame of the past ("In June 1976", "on 3 July
# 1976", "the next day" counted from one); a year or decade alone is background ("in exile
# since 1980", "in the 1970s"), and a vague date ("by mid-1988") is no step of a story
_FRAME_PRECISIONS = frozenset({"day", "month"})
_FRAME_HOW = frozenset({"explicit", "narrative-relative"})


def sets_past(value: DateValue, doc_date: dt.date | None) -> bool:
    """Whether ``value`` opens a frame of the past: an explicit date (or one counted from it)
    to the month or day, more than HISTORY_YEARS from the document's."""
    return (
        doc_date is not None
        and value.precision in _FRAME_PRECISIONS
        and value.how in _FRAME_HOW
        and abs(doc_date.year - value.year) > HISTORY_YEARS
    )


def frame_after(value: DateValue, past: bool, doc_date: dt.date | None) -> bool:
    """The frame after one date of a sentence is read (for the dates after it in the same
    sentence): the news when it is relative to the reporting day, the past when it sets a
    frame of the past, else unchanged."""
    if value.how == "document-relative":
        return False
    return past or sets_past(value, doc_date)


def frame_of_sentence(values: list[DateValue], past: bool, doc_date: dt.date | None) -> bool:
    """The frame after a sentence whose dates that tell its time are ``values``: a sentence
    that gives a date relative to the reporting day is news, whatever background date it gives
    too ("refused on Wednesday to extradite a man wanted over killings in July 1995"); one that
    gives a date of the past sets that frame; one with neither keeps the frame it was read in."""
    if any(v.how == "document-relative" for v in values):
        return False
    return past or any(sets_past(v, doc_date) for v in values)


def narrating_past(state: DocumentState) -> bool:
    """Whether an undated past-tense clause or a month with no year is read in the narrative's
    time: the text tells history, or the paragraph narrates the past."""
    return state.history is True or state.retro


def open_paragraph(state: DocumentState) -> None:
    """A paragraph starts in the news: a frame of the past is set again by its own dates."""
    state.retro = False
