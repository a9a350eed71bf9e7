"""dates15: more forms of a chronology's entry heading (a span of days or months, a qualified
date, a month alone, a year-in-review's "2004. ", a digest's country before the date) and the
year of a date with none inside an entry ("2004. ... On 11 May ..."). The texts are written for
these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document
from multivector.nlp import ENTRY_HEADING


def _dated(coder, text: str, date: str) -> dict[str, set[str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    out: dict[str, set[str | None]] = {}
    for e in coded.events:
        out.setdefault(e.cameo[:2], set()).add(str(e.date) if e.date else None)
    return out


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("9-12 June: Talks", "9-12 June"),
        ("3\u20135 May 2001: Talks", "3\u20135 May 2001"),
        ("June-August 1998: Talks", "June-August 1998"),
        ("Mid-April 1989: Talks", "Mid-April 1989"),
        ("Late 2005: Talks", "Late 2005"),
        ("Throughout 1990: Talks", "Throughout 1990"),
        ("November: Talks", "November"),
        ("CHILE. 4 March: Talks", "4 March"),
    ],
)
def test_heading_forms(line, date):
    m = ENTRY_HEADING.match(line)
    assert m is not None and m["date"] == date


def test_a_year_in_review_heading():
    m = ENTRY_HEADING.match("2004. In March talks")
    assert m is not None and m["year"] == "2004"


@pytest.mark.parametrize(
    "line", ["Mayor: Talks", "Decision: x", "The UN. In May talks", "May 12 talks ended", "1. Talks"]
)
def test_no_heading(line):
    assert ENTRY_HEADING.match(line) is None


def test_a_date_with_no_year_in_an_entry_is_in_the_entry_year(rules_coder):
    text = (
        "Chile and Peru: the years in review\n\n"
        "2004. In March, Chile recalls its ambassador from Peru. "
        "On 11 May Peru expels two Chilean diplomats."
    )
    dated = _dated(rules_coder, text, "2006-01-10")  # the news reading would give 2005-05-11
    assert dated["16"] == {"2004-03", "2004-05-11"}  # the recall, the expulsion


def test_a_span_of_days_dates_its_entry_to_the_month(rules_coder):
    text = "Chile and Peru: a timeline\n\n9-12 June 2003: Chile recalls its ambassador from Peru."
    assert _dated(rules_coder, text, "2010-01-10")["16"] == {"2003-06"}


def test_a_heading_without_a_year_takes_the_year_of_the_title(rules_coder):
    text = (
        "Chile and Peru 1997: a chronology\n\n"
        "14 April: Chile recalls its ambassador from Peru.\n\n"
        "Mid-November: Chile and Peru sign a trade agreement."
    )
    dated = _dated(rules_coder, text, "1999-01-05")  # from the document's date: 1998
    assert dated["16"] == {"1997-04-14"}
    assert dated["05"] == {"1997-11"}
