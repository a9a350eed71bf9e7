"""The one partial-date type: parsing, precision, bounds, reference day, ISO/EDTF text, order."""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.model import PartialDate


@pytest.mark.parametrize(
    "text,precision,first,last,iso",
    [
        ("2001-07-15", "day", "2001-07-15", "2001-07-15", "2001-07-15"),
        ("2001-07-15T10:15:00Z", "day", "2001-07-15", "2001-07-15", "2001-07-15"),
        ("2001-07", "month", "2001-07-01", "2001-07-31", "2001-07"),
        ("2000-02", "month", "2000-02-01", "2000-02-29", "2000-02"),
        ("2001", "year", "2001-01-01", "2001-12-31", "2001"),
        ("199", "decade", "1990-01-01", "1999-12-31", "199"),
        ("199X", "decade", "1990-01-01", "1999-12-31", "199"),
        ("1990s", "decade", "1990-01-01", "1999-12-31", "199"),
        ("19XX", "century", "1900-01-01", "1999-12-31", "19"),
    ],
)
def test_parse(text, precision, first, last, iso):
    d = PartialDate.parse(text)
    assert d is not None
    assert (d.precision, d.first.isoformat(), d.last.isoformat(), d.iso) == (
        precision, first, last, iso
    )


@pytest.mark.parametrize("text", ["", "x", "2001-13", "2001-02-30", "20011", "late 1990s", None, 7])
def test_not_dates(text):
    assert PartialDate.parse(text) is None


def test_strict_says_what_it_accepts():
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        PartialDate.strict("spring")


def test_reference_day_is_the_one_convention():
    # "who held office in 2001" is judged on 1 July 2001, for the coder and PETRARCH alike
    assert PartialDate.strict("2001").reference_day == dt.date(2001, 7, 1)
    assert PartialDate.strict("2001-11").reference_day == dt.date(2001, 11, 15)
    assert PartialDate.strict("199").reference_day == dt.date(1995, 1, 1)
    assert PartialDate.strict("2001-11-02").reference_day == dt.date(2001, 11, 2)
    assert PartialDate.strict("2001").midpoint == dt.date(2001, 7, 1)


def test_year_period_and_edtf():
    decade = PartialDate.strict("199")
    assert decade.year is None
    assert decade.period("year") is None and decade.period("decade") == "1990s"
    assert decade.edtf == "199X"
    year = PartialDate.strict("1995")
    assert year.year == 1995 and year.period("year") == "1995" and year.period("month") is None
    assert PartialDate.strict("1995-04-02").period("month") == "1995-04"


def test_order_and_containment():
    values = [PartialDate.strict(v) for v in ("1996", "199", "1990", "1990-06")]
    assert [v.iso for v in sorted(values)] == ["1990", "199", "1990-06", "1996"]
    assert PartialDate.strict("1995").covers(PartialDate.strict("1995-04"))
    assert not PartialDate.strict("1995").covers(PartialDate.strict("199"))
    assert PartialDate.strict("199").contains(dt.date(1997, 3, 1))
