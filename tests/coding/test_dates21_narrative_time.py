"""Narrative time (coding/narrative_time.py): a paragraph that narrates the past with an
explicit month or day years from the document's reads a month or day with no year in the
narrative's year, though the text opened as news; a sentence of the reporting day and a new
paragraph are news again. The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.dates import DateValue
from multivector.coding.narrative_time import frame_of_sentence, sets_past
from multivector.model import Document

DOC_DAY = dt.date(2010, 5, 10)


def _dates(coder, text: str, date: str) -> dict[str, set[str]]:
    """The dates of the coded events, by the first words of their sentence."""
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    out: dict[str, set[str]] = {}
    for e in coded.events:
        out.setdefault((e.sentence or "")[:12], set()).add(str(e.date))
    return out


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (DateValue("1976-06", "month", "explicit"), True),
        (DateValue("1976-07-03", "day", "narrative-relative"), True),  # "the next day"
        (DateValue("1976", "year", "explicit"), False),  # a year alone is background
        (DateValue("1988", "year", "vague"), False),  # "by mid-1988"
        (DateValue("2009-06", "month", "explicit"), False),  # near the document's date
        (DateValue("1976-06-05", "day", "document-relative"), False),
    ],
)
def test_which_dates_set_a_frame_of_the_past(value, expected):
    assert sets_past(value, DOC_DAY) is expected


def test_a_sentence_of_the_reporting_day_is_news_whatever_background_it_gives():
    background = DateValue("1995-07", "month", "explicit")
    wednesday = DateValue("2010-05-05", "day", "document-relative")
    assert frame_of_sentence([wednesday, background], False, DOC_DAY) is False
    assert frame_of_sentence([background, wednesday], True, DOC_DAY) is False
    assert frame_of_sentence([background], False, DOC_DAY) is True
    assert frame_of_sentence([], True, DOC_DAY) is True  # no date: the frame it was read in


OBITUARY = (
    "A former Zambian army chief whose coup attempt shook the region died on Saturday in "
    "Lusaka, his family said.\n\n"
    "In June 1978 rebels loyal to him seized the airport at Ndola. Government troops stormed "
    "the airport on the night of July 3 and arrested forty rebels."
)


def test_a_day_with_no_year_in_a_paragraph_narrating_the_past(rules_coder):
    dated = _dates(rules_coder, OBITUARY, "2010-05-10")
    assert dated["Government t"] == {"1978-07-03"}  # not 2009-07-03


def test_a_later_paragraph_of_news_is_in_the_documents_year(rules_coder):
    text = (
        "Chile expelled two Peruvian diplomats on Tuesday, the foreign ministry said.\n\n"
        "Peru recalled its ambassador from Chile in March 2004 after a dispute over the sea "
        "border.\n\n"
        "The Chilean foreign minister, who met his Peruvian counterpart in February, said "
        "talks would resume."
    )
    dated = _dates(rules_coder, text, "2012-06-30")
    assert dated["Peru recalle"] == {"2004-03"}
    assert dated["The Chilean "] == {"2012-02"}  # a background paragraph sets no frame after it


def test_a_news_sentence_with_a_background_date_sets_no_frame(rules_coder):
    text = (
        "Chile expelled two Peruvian diplomats on Tuesday over a killing in May 2004. "
        "Peru recalled its ambassador in March."
    )
    dated = _dates(rules_coder, text, "2012-06-30")
    assert dated["Peru recalle"] == {"2012-03"}
