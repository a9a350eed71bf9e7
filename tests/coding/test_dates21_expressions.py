"""Date expressions of narrative prose: a day with "this year" or "last year" ("On March 1 this
year"), a day of the month the narrative gave with its year ("In November 2017 ... He resigned
on November 21"), and "That October" where the entity recogniser left "That" outside the date.
The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.dates import DateValue, parse_date_expression
from multivector.model import Document

DOC_DAY = dt.date(2008, 5, 26)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("March 1 this year", "2008-03-01", "day"),
        ("1 March this year", "2008-03-01", "day"),
        ("5th of June last year", "2007-06-05", "day"),
        ("June last year", "2007-06", "month"),  # still the month alone
    ],
)
def test_a_day_of_the_documents_year_or_one_next_to_it(text, iso, precision):
    value = parse_date_expression(text, DOC_DAY)
    assert value is not None
    assert (value.iso, value.precision) == (iso, precision)


def test_a_day_of_the_month_the_narrative_gave():
    november = DateValue("2017-11", "month", "explicit")
    value = parse_date_expression("November 21", dt.date(2019, 9, 7), november, None, False)
    assert value is not None and value.iso == "2017-11-21"  # not 2018-11-21
    other = parse_date_expression("December 2", dt.date(2019, 9, 7), november, None, False)
    assert other is not None and other.iso == "2018-12-02"  # another month: the document's


def test_that_month_outside_the_entity_is_the_narratives(rules_coder):
    text = (  # a news lead: a month alone would be the document's year
        "The former general died on Sunday, his family said. He kept command of the army until "
        "1998. That October, while he was in London, British police arrested him on a Spanish "
        "warrant."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2006-12-11")]))
    dates = {str(e.date) for e in coded.events if e.cameo.startswith("17")}
    assert dates == {"1998-10"}
