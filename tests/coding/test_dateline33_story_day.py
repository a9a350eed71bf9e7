"""dateline33: datelines of the South Asian and Commonwealth press, closed by a full stop or a
colon after their date, or by an agency's name in brackets ("NEW DELHI, July 11. ",
"COLOMBO, May 19: ", "Attari (Punjab), Mar 1 (PTI) "), are datelines; and the day a dateline
names is the story's day when the document (a morning paper) is dated a day or two later:
"today" in the story is the dateline's day (``coding/story_day.py``). Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.story_day import DATELINE_LAG_DAYS, story_day
from multivector.model import Document
from multivector.nlp import dateline_span, find_dateline


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("NEW DELHI, July 11. India today protested.", "NEW DELHI, July 11. "),
        ("KARACHI, Dec. 27. Pakistan protested.", "KARACHI, Dec. 27. "),
        ("DHAKA, May 19: The government protested.", "DHAKA, May 19: "),
        (
            "Headline\n\nMultan (Punjab), Mar 1 (PTI) Pakistan protested.",
            "\nMultan (Punjab), Mar 1 (PTI) ",
        ),
        ("Suva, Aug 25 (FBC) -- Fiji protested.", "Suva, Aug 25 (FBC) -- "),
    ],
)
def test_a_dated_dateline_closed_by_a_stop_colon_or_agency_is_found(text, dateline):
    found = find_dateline(text)
    assert found is not None and found[1].group(0) == dateline


@pytest.mark.parametrize(
    "text",
    [
        "PARIS. The French government protested.",  # no date: a sentence
        "NEW DELHI, July 11. india protested.",  # the story starts with a capital
        "India protested on July 11. Pakistan replied.",
    ],
)
def test_no_dateline_without_a_date_or_a_capital_after_it(text):
    assert find_dateline(text) is None


def day_of(text: str, doc_date: dt.date | None) -> dt.date | None:
    """``story_day`` of the dateline ``text`` opens with, as the coder finds it."""
    span = dateline_span(text)
    return story_day(text[span[0] : span[1]] if span else None, doc_date)


def test_the_datelines_day_is_the_storys_day_in_a_paper_of_the_next_morning():
    assert day_of("NEW DELHI, July 11. India today protested.", dt.date(1999, 7, 12)) == dt.date(
        1999, 7, 11
    )
    assert day_of("Row\n\nCOLOMBO, Dec 31: Sri Lanka protested.", dt.date(2009, 1, 1)) == dt.date(
        2008, 12, 31
    )


def test_a_dateline_of_the_documents_day_or_too_far_back_changes_nothing():
    day = dt.date(1999, 7, 20)
    assert day_of("NEW DELHI, July 20. India protested.", day) == day
    lagged = day - dt.timedelta(days=DATELINE_LAG_DAYS + 1)
    assert day_of(f"NEW DELHI, July {lagged.day}. India protested.", day) == day
    assert day_of("India protested today.", day) == day
    assert day_of("NEW DELHI, July 11. India protested.", None) is None


def test_today_in_the_story_is_the_datelines_day(rules_coder):
    text = (
        "India expels envoy\n\n"
        "NEW DELHI, July 11. India today expelled a Pakistani diplomat for spying."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="1999-07-12")]))
    expulsions = [e for e in coded.events if e.cameo.startswith("16")]
    assert expulsions and all(str(e.date) == "1999-07-11" for e in expulsions)
    assert not any(
        e.source.code.startswith("IND") and e.sentence.startswith("NEW DELHI") for e in coded.events
    )
