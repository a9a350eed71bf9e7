"""Chronology entries: the date of an entry's heading ("27 July 1998: ...", "May 2003 - ...",
"2007. On 11 March ..."), read from its own words, and the date an act of the entry with none
of its own takes (the heading's, or a finer narrative date inside it).

:mod:`multivector.coding.event_dates` sets the entry when a paragraph opens (``read_dates``)
and dates an undated act of the entry by :func:`entry_date_of`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from multivector.coding import lang
from multivector.coding.dates import (
    ANNIVERSARY_MARKS,
    ANNIVERSARY_NOUNS,
    ANNIVERSARY_ORDINALS,
    EXTRA_HEADING,
    MONTHS,
    DateValue,
    parse_date_expression,
)
from multivector.coding.state import DocumentState
from multivector.coding.token_index import doc_text
from multivector.nlp import ENTRY_HEADING

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# the days of a heading's span ("19-25 March": its month) and the months of one ("June-August
# 1998": its year)
_DAY_SPAN = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s*[-\u2013]\s*\d{1,2}(?:st|nd|rd|th)?\s+")
_YEAR_WORD = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_COUNTS = {
    **{str(w): int(n) for w, n in lang.entry("anniversary_counts").items()},
    **ANNIVERSARY_ORDINALS,
}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _COUNTS), key=len, reverse=True)
) + ")"
_ANNIVERSARY = re.compile(
    rf"\b{_COUNT}\s+years\s+(?:{'|'.join(ANNIVERSARY_MARKS)})\b"
    rf"|\b(?:the\s+)?{_COUNT.replace('?P<n>', '?P<m>')}(?:st|nd|rd|th)?\s+"
    rf"(?:{'|'.join(ANNIVERSARY_NOUNS)})\b",
    re.I,
)
_ANNIVERSARY_SPAN = 1500  # the opening characters where a piece says what it marks
_MONTH_SPAN = re.compile(rf"\b(?:{_MONTH_NAMES})\.?\s*[-\u2013]\s*(?:{_MONTH_NAMES})\.?\s+", re.I)


def entry_date(sent: Span, state: DocumentState) -> DateValue | None:
    """The date of the chronology entry's heading that opens ``sent`` ("27 July 1998: ...",
    "May 2003 - ...", "2007. On 11 March ..."), read from its words (:func:`heading_date`): the
    date of the entry's acts that give none of their own, in this sentence and the rest of its
    paragraph. None when ``sent`` opens no dated entry."""
    text = doc_text(sent.doc)
    return heading_match_date(heading_match(text, sent.start_char), state, text)


def heading_match(text: str, start: int) -> re.Match | None:
    """The dated entry heading at ``start`` of ``text``: one of ``ENTRY_HEADING``, else a form
    read for its date only ("July 12-14 --", "Evening of July 11 --": ``dates.EXTRA_HEADING``)."""
    return ENTRY_HEADING.match(text, start) or EXTRA_HEADING.match(text, start)


def heading_match_date(m: re.Match | None, state: DocumentState, text: str) -> DateValue | None:
    """The date of a matched entry heading, or None (no heading)."""
    if m is None:
        return None
    found = m.groupdict()
    return heading_date(found.get("date") or found.get("year") or "", state, text)


def heading_date(words: str, state: DocumentState, text: str = "") -> DateValue | None:
    """The date a heading's words give: a span of days is its month ("19-25 March 2000"), a span
    of months its year ("June-August 1998"); a heading with no year ("17 May:", "November:") is
    in the year of the entry before it, else of the narrative, else of the one year the text's
    title line names ("Rwanda 1994: a chronology"), else relative to the document's date."""
    words = _DAY_SPAN.sub("", words.strip())
    words = _MONTH_SPAN.sub("", words)
    anchor = state.entry_date
    if anchor is None and state.history is False:  # the news: this year's, or an anniversary's
        anchor = _anniversary_year(text, state)
    elif anchor is None and _narrated(state.narrative):
        anchor = state.narrative
    if anchor is not None and anchor.precision != "decade":
        year = DateValue(f"{anchor.year:04d}", "year", anchor.how)
    else:
        anchor = year = _title_year(text)
    value = parse_date_expression(words, state.doc_date, None, None, history=True, entry=year)
    if anchor is state.entry_date and anchor is not None and anchor.month is not None:
        # a month well before the last entry's is in the year after it ("December 19, 2018:
        # ... January: ..."), unless that year is after the document's date (a list newest first)
        month = DateValue(anchor.iso[:7], "month", anchor.how)
        later = parse_date_expression(words, state.doc_date, None, None, history=True, entry=month)
        if later is not None and not _after_document(later, state):
            value = later
    return value


def _anniversary_year(text: str, state: DocumentState) -> DateValue | None:
    """The year a news piece marks the anniversary of, from its opening words ("Forty years
    after ...", "the 60th anniversary of"): the document's year less the count; None when the
    opening names no anniversary (a heading with no year is then this year's)."""
    m = _ANNIVERSARY.search(text, 0, _ANNIVERSARY_SPAN)
    if m is None or state.doc_date is None:
        return None
    count = " ".join((m["n"] or m["m"]).lower().split())
    years = int(count) if count.isdigit() else _COUNTS.get(count, 0)
    if not 0 < years < state.doc_date.year:
        return None
    return DateValue(f"{state.doc_date.year - years:04d}", "year", "explicit")


def _narrated(value: DateValue | None) -> bool:
    """Whether ``value`` is a narrative date a heading with no year may take its year from."""
    return value is not None and value.how != "document-relative"


def _after_document(value: DateValue, state: DocumentState) -> bool:
    """Whether ``value`` begins after the document's date (or the document has none)."""
    return state.doc_date is None or value.partial.first > state.doc_date


def _title_year(text: str) -> DateValue | None:
    """The one year the first line of ``text`` names, when it is a title line above the text."""
    end = text.find("\n")
    years = set(_YEAR_WORD.findall(text[:end])) if end > 0 else set()
    return DateValue(years.pop(), "year", "explicit") if len(years) == 1 else None


def entry_date_of(state: DocumentState) -> DateValue | None:
    """The entry's date for an act with none of its own: the heading's, or the narrative date
    when that is a finer date inside it ("2006: ... In September police arrested ...": 2006-09)."""
    entry, narrative = state.entry_date, state.narrative
    if entry is None:
        return None
    if narrative is not None and narrative.iso.startswith(entry.iso) and narrative.iso != entry.iso:
        return narrative
    return entry
