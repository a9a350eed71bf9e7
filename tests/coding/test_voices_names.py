"""A leader's name that is a month inside a date is the month (ActorLexicon.find_mentions).

"on 24 May", "in May 2019", "May 3": no British prime minister; the name outside a date
("Theresa May met Macron") still is one. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Qatar denied remarks attributed to its emir on 24 May.",
        "The talks in Geneva began on May 3 and ended a week later.",
        "In May 2019 Ghana and Togo reopened their border.",
    ],
)
def test_a_month_in_a_date_is_no_leader(coder, text):
    doc = coder.nlp(text)
    mentions = coder.lexicon.find_mentions(doc)
    assert not any(t.text == "May" and t.i in mentions for t in doc)


def test_the_name_outside_a_date_is_still_a_leader(coder):
    doc = coder.nlp("Theresa May met Emmanuel Macron in London on Tuesday.")
    mentions = coder.lexicon.find_mentions(doc)
    assert any(t.text == "May" and t.i in mentions for t in doc)
