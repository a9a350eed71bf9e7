"""Dates that are not the act's (coding/event_dates.sentence_date, date_owner): a date deeper in
a deadline's phrase ("until noon the next day"), a date of a planned act ("talks that were due
to open on Friday"); the date of a heading with a span of days after its month ("July 12-14 --")
or a part of the day before it ("Evening of July 11 --": coding/entry_dates.heading_match);
a year after the document's date (a release note) does not make a text history. The texts are
written for these tests.
"""

from __future__ import annotations

from coding_helpers import root_dates as _dates


def test_a_deadline_inside_a_term_does_not_date_the_ultimatum(rules_coder):
    text = (
        "March 12 -- Malawi recalls its ambassador from Zambia. "
        "It gives Lusaka until midnight the next day to explain."
    )
    dated = _dates(rules_coder, text, "2022-03-20")
    assert dated["13"] == {"2022-03-12"}


def test_a_planned_date_does_not_date_the_cancellation(rules_coder):
    text = "Malawi calls off talks with Zambia that were due to open on Friday."
    dated = _dates(rules_coder, text, "2022-11-30")
    assert dated["16"] == {"2022-11-30"}


def test_a_heading_with_a_span_of_days_after_its_month(rules_coder):
    text = (
        "The border war of 1994\n\n"
        "July 6, 1994 -- Zambian troops shell a Malawian village.\n\n"
        "July 12-14 -- Malawi recalls its ambassador from Zambia.\n\n"
        "Evening of July 20 -- Zambia expels two Malawian diplomats.\n"
    )
    dated = _dates(rules_coder, text, "2004-07-30")
    assert dated["16"] == {"1994-07-12", "1994-07-20"}


def test_a_later_release_year_does_not_make_the_text_history(rules_coder):
    text = (
        "EMBASSY LILONGWE. 6 JUNE 1994 (released 2010).\n\n"
        "Zambian troops shelled a Malawian village on 20 May."
    )
    dated = _dates(rules_coder, text, "1994-06-06")
    assert dated["19"] == {"1994-05-20"}
