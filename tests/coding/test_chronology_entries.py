"""Chronologies: an entry's dated heading ("27 July 1998: ...") stays in one sentence with its
entry (multivector.nlp.paragraph_boundaries) and dates the entry's acts that give no date of
their own, in the heading's sentence and the rest of its paragraph
(coding/entry_dates.entry_date). The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document
from multivector.nlp import ENTRY_HEADING

CHRONOLOGY = (
    "Chile and Peru: a timeline\n\n"
    "3 March 2004: Chile recalls its ambassador from Peru. Peru expels two Chilean diplomats.\n\n"
    "May 2005: Chile and Peru sign a trade agreement.\n\n"
    "The two countries restored full ties later."
)


def _dated(coder, text: str, date: str) -> dict[str, set[str | None]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    out: dict[str, set[str | None]] = {}
    for e in coded.events:
        out.setdefault(e.cameo[:2], set()).add(str(e.date) if e.date else None)
    return out


def test_a_heading_stays_with_its_entry(rules_coder):
    sents = [s.text.strip() for s in rules_coder.nlp(CHRONOLOGY).sents]
    assert any(s.startswith("3 March 2004: Chile recalls") for s in sents)
    assert any(s.startswith("May 2005: Chile and Peru sign") for s in sents)
    assert not any(s in ("3", "March 2004:", "May 2005:") for s in sents)


def test_the_heading_dates_the_acts_of_its_entry(rules_coder):
    dated = _dated(rules_coder, CHRONOLOGY, "2012-06-30")
    assert dated["16"] == {"2004-03-03"}  # the recall and the expulsion of the same entry
    assert dated["05"] == {"2005-05"}  # a heading known to the month only


@pytest.mark.parametrize(
    "text",
    [
        "2019 - 2020 was a hard year. Chile recalled its ambassador from Peru.",
        "2004 \u2013 2006 were hard years. Chile recalled its ambassador from Peru.",
        "In 2004, relations soured. Chile recalled its ambassador from Peru.",
        "May 12 talks ended without a deal. Chile recalled its ambassador from Peru.",
    ],
)
def test_a_line_opening_with_a_date_is_no_heading_without_its_colon_or_dash(rules_coder, text):
    assert ENTRY_HEADING.match(text) is None
    assert len(list(rules_coder.nlp(text).sents)) == 2


@pytest.mark.parametrize(
    "line", ["July 27, 1998 - Troops", "March 12 \u2014 Talks", "1998-07-27: Talks", "- 5 Oct. 2002: x"]
)
def test_heading_forms(line):
    assert ENTRY_HEADING.match(line) is not None


@pytest.mark.parametrize(
    ("narrative", "expected"),
    [("2006-09", "2006-09"), ("2005-09", "2006"), ("2006", "2006"), (None, "2006")],
)
def test_a_finer_narrative_date_inside_the_entry_refines_its_heading(narrative, expected):
    from multivector.coding.dates import DateValue
    from multivector.coding.entry_dates import entry_date_of
    from multivector.coding.state import DocumentState

    state = DocumentState(doc_id="t", doc_date=None, mentions={})
    state.entry_date = DateValue("2006", "year", "explicit")
    if narrative is not None:
        precision = "month" if "-" in narrative else "year"
        state.narrative = DateValue(narrative, precision, "explicit")
    found = entry_date_of(state)
    assert found is not None and found.iso == expected


def test_a_heading_with_no_date_entity_is_read_from_its_words(rules_coder):
    from multivector.coding.entry_dates import entry_date
    from multivector.coding.state import DocumentState

    doc = rules_coder.nlp("Timeline\n\n2022: Chile recalled its ambassador from Peru.")
    sent = next(s for s in doc.sents if s.text.startswith("2022"))
    state = DocumentState(doc_id="t", doc_date=None, mentions={})
    found = entry_date(sent, state)  # read from the heading's words, not a date entity
    assert found is not None and found.iso == "2022"
