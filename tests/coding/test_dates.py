import datetime as dt

import pytest

from multivector.coding.dates import DateValue, parse_date_expression

DOC = dt.date(2022, 6, 15)  # a Wednesday


@pytest.mark.parametrize(
    "text, iso, precision",
    [
        ("1992", "1992", "year"),
        ("April 1995", "1995-04", "month"),
        ("12 April 1995", "1995-04-12", "day"),
        ("April 12, 1995", "1995-04-12", "day"),
        ("2001-11-05", "2001-11-05", "day"),
        ("late 2001", "2001", "year"),
        ("the late 1990s", "199", "decade"),
        ("the 1980s", "198", "decade"),
    ],
)
def test_explicit_and_vague_dates(text, iso, precision):
    v = parse_date_expression(text)
    assert v is not None
    assert (v.iso, v.precision) == (iso, precision)


def test_invalid_day_falls_back_to_month():
    v = parse_date_expression("2001-02-30")
    assert v.iso == "2001-02"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("yesterday", "2022-06-14"),
        ("today", "2022-06-15"),
        ("on Monday", "2022-06-13"),
        ("Wednesday", "2022-06-15"),
        ("last month", "2022-05"),
        ("last week", "2022-06-08"),
        ("earlier this week", "2022-06-13"),
        ("last year", "2021"),
        ("two days ago", "2022-06-13"),
        ("March 3", "2022-03-03"),
        ("in December", "2021-12"),
        ("last night", "2022-06-14"),
        ("last November", "2021-11"),
        ("last June", "2021-06"),
        ("last March", "2022-03"),
        ("next March", "2023-03"),
        ("next September", "2022-09"),
        ("this April", "2022-04"),
    ],
)
def test_relative_to_document_date(text, iso):
    v = parse_date_expression(text, doc_date=DOC)
    assert v is not None and v.iso == iso
    assert v.how == "document-relative"


def test_relative_to_document_needs_a_document_date():
    assert parse_date_expression("yesterday") is None


@pytest.mark.parametrize(
    "text, iso",
    [
        ("the following year", "1993"),
        ("a year later", "1993"),
        ("two years later", "1994"),
        ("the previous year", "1991"),
        ("the same year", "1992"),
    ],
)
def test_relative_to_narrative(text, iso):
    v = parse_date_expression(text, narrative=DateValue("1992", "year", "explicit"))
    assert v is not None and v.iso == iso and v.how == "narrative-relative"


def test_month_relative_to_narrative_month():
    v = parse_date_expression("the following month", narrative=DateValue("1995-12", "month", "explicit"))
    assert v.iso == "1996-01"


def test_not_a_date():
    assert parse_date_expression("the tenth anniversary") is None


@pytest.mark.parametrize("text", ["a seven-year rift", "for decades", "two years", "the 10-day visit"])
def test_durations_are_not_dates(text):
    assert parse_date_expression(text, doc_date=DOC) is None
