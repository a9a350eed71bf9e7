"""Days told relative to the story (coding/story_days.py): a bare day of the month ("on the
27th") is a day of the month the paragraph last told, a time of day ("By evening", "Later in
the day") the last day told; and the other date readings of session 22: a date in a
sentence-opening phrase that the parser hung on the noun after it, a bare month a few months
before the narrative's (a look back), an anniversary ("Thirty years ago today"). The texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.dates import DateValue, parse_date_expression
from multivector.coding.story_days import story_day, with_story_days
from multivector.coding.weekends import weekend_day
from multivector.model import Document


def _dates(coder, text: str, date: str | None) -> dict[str, set[str]]:
    """The dates of the coded events, by the first words of their sentence."""
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    out: dict[str, set[str]] = {}
    for e in coded.events:
        out.setdefault((e.sentence or "")[:12], set()).add(str(e.date))
    return out


def test_a_bare_day_is_a_day_of_the_month_just_told(rules_coder):
    text = (
        "Talks between Zambia and Zaire ended in Lusaka on 4 August 1981. Early on the 14th, "
        "Zambia accused Zaire of shelling a border post."
    )
    assert _dates(rules_coder, text, "2020-01-01")["Early on the"] == {"1981-08-14"}


def test_a_bare_day_after_a_month_alone(rules_coder):
    text = (
        "In June 1948 the Soviet Union blockaded Berlin. On the 26th, Britain protested to "
        "Moscow."
    )
    assert _dates(rules_coder, text, "2020-01-01")["On the 26th,"] == {"1948-06-26"}


def test_a_bare_day_needs_a_month_told_in_its_paragraph(rules_coder):
    text = (
        "In June 1948 the Soviet Union blockaded Berlin.\n\n"
        "On the 26th, Britain protested to Moscow."
    )
    assert "1948-06-26" not in _dates(rules_coder, text, None).get("On the 26th,", set())


def test_a_bare_day_in_news_is_never_after_the_documents_date(rules_coder):
    text = (
        "Russian troops shelled Kharkiv in March 2024, officials said. On the 28th, Germany "
        "condemned Russia."
    )
    assert "2024-03-28" not in _dates(rules_coder, text, "2024-03-20").get("On the 28th,", set())


def test_an_ordinal_numbering_a_noun_is_no_day(rules_coder):
    text = (
        "On 3 May 1995 Serb forces shelled Tuzla. Soldiers of the 5th Corps attacked the "
        "town of Bihac, and NATO condemned the attack."
    )
    dated = _dates(rules_coder, text, None)
    assert all("1995-05-05" not in v for v in dated.values())


def test_a_time_of_day_is_the_last_day_told(rules_coder):
    text = (
        "Budapest, autumn 1948\n\n"
        "On 24 June 1948 Soviet troops blockaded Berlin. By evening, American officials "
        "had condemned the move. Later in the day Britain protested to Moscow."
    )  # the parser hangs "24 June 1948" on "Soviet troops": still the sentence's day
    dated = _dates(rules_coder, text, "2020-01-01")
    assert dated["By evening, "] == {"1948-06-24"}
    assert dated["Later in the"] == {"1948-06-24"}  # "the day" alone is no date


def test_a_time_of_day_in_news_is_the_day_just_told(rules_coder):
    text = (
        "Israeli troops raided the camp on Monday, the army said.\n\n"
        "Jordan and Israel signed a peace treaty in 1994.\n\n"
        "Later in the day, Jordan condemned the raid."
    )  # the day told, not the background year of the sentence before
    assert _dates(rules_coder, text, "2024-03-20")["Later in the"] == {"2024-03-18"}


def test_that_night_called_a_time_is_the_last_day(rules_coder):
    text = (
        "On 24 June 1948 the Soviet Union blockaded Berlin. That night France protested to "
        "Moscow."
    )
    assert _dates(rules_coder, text, "2020-01-01")["That night F"] == {"1948-06-24"}


def test_a_fronted_date_the_parser_hung_on_a_noun_dates_the_sentence(rules_coder):
    text = (
        "The two leaders met in Lima on Tuesday. In 2013 Peruvian coast guard boats fired "
        "warning shots at Ecuadorian trawlers."
    )
    assert _dates(rules_coder, text, "2025-01-15")["In 2013 Peru"] == {"2013"}


NARRATIVE = DateValue("1968-06", "month", "explicit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in March", "1968-03"),  # three months back: a look back, same year
        ("in May", "1968-05"),
        ("in January", "1969-01"),  # five months back: the story has moved on
        ("in August", "1968-08"),
        ("on 3 February", "1968-02-03"),  # four back: still a look back
    ],
)
def test_a_month_with_no_year_near_the_narrative(text, expected):
    got = parse_date_expression(text, None, NARRATIVE, None)
    assert got is not None and got.iso == expected


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("Thirty years ago today", "1994-12-05", "day"),
        ("ten years ago this week", "2014-12-05", "week"),
        ("40 years ago this month", "1984-12", "month"),
        ("two years ago", "2022", "year"),  # no anniversary: the year
    ],
)
def test_an_anniversary_is_that_day_years_back(text, iso, precision):
    got = parse_date_expression(text, dt.date(2024, 12, 5), None, None, history=False)
    assert got is not None and (got.iso, got.precision) == (iso, precision)


def test_a_bare_day_is_found_but_not_an_ordinal_numbering_a_noun(parse):
    doc = parse(
        [
            ("On", 5, "prep", "ADP", "IN"),
            ("the", 2, "det", "DET", "DT"),
            ("14th", 0, "pobj", "NOUN", "NN"),
            (",", 5, "punct", "PUNCT", ","),
            ("troops", 5, "nsubj", "NOUN", "NNS"),
            ("stormed", 5, "ROOT", "VERB", "VBD"),
            ("the", 7, "det", "DET", "DT"),
            ("14th", 8, "amod", "ADJ", "JJ"),
            ("floor", 5, "dobj", "NOUN", "NN"),
            ("on", 5, "prep", "ADP", "IN"),
            ("the", 11, "det", "DET", "DT"),
            ("3rd", 9, "pobj", "NOUN", "NN"),
            ("of", 11, "prep", "ADP", "IN"),
            ("May", 12, "pobj", "PROPN", "NNP"),
        ]
    )
    found = with_story_days(doc[:], [])
    assert [e.text for e in found] == ["the 14th"]  # not "14th floor", not "the 3rd of May"


def test_a_time_of_day_covering_an_entity_replaces_it(parse):
    doc = parse(
        [
            ("Later", 5, "advmod", "ADV", "RBR"),
            ("in", 0, "prep", "ADP", "IN"),
            ("the", 3, "det", "DET", "DT"),
            ("day", 1, "pobj", "NOUN", "NN"),
            ("police", 5, "nsubj", "NOUN", "NNS"),
            ("arrested", 5, "ROOT", "VERB", "VBD"),
            ("ten", 7, "nummod", "NUM", "CD"),
            ("men", 5, "dobj", "NOUN", "NNS"),
        ]
    )
    entity = doc[2:4]  # "the day", as the entity recogniser marks it
    found = with_story_days(doc[:], [entity])
    assert [e.text for e in found] == ["Later in the day"]
    last = DateValue("1999-03-02", "day", "explicit")
    assert story_day(found[0], last, None, None) == DateValue(
        "1999-03-02", "day", "narrative-relative"
    )
    assert story_day(found[0], None, None, None) is None  # no day told: nothing to read


def test_an_anniversary_the_recogniser_splits_is_read_whole(rules_coder):
    text = "Thirty years ago today, Turkey became the first state to recognise Azerbaijan."
    assert _dates(rules_coder, text, "2021-11-09")["Thirty years"] == {"1991-11-09"}


@pytest.mark.parametrize(
    ("text", "doc_day", "expected"),
    [
        ("the weekend", dt.date(2019, 9, 9), "2019-09-07"),  # a Monday: the Saturday before
        ("over the weekend", dt.date(2016, 7, 15), "2016-07-09"),  # a Friday: last week's
        ("last weekend", dt.date(2023, 11, 10), "2023-11-04"),
        ("the weekend", dt.date(2022, 4, 2), "2022-04-02"),  # a Saturday: that day
        ("next weekend", dt.date(2019, 9, 9), None),
    ],
)
def test_the_weekend_of_a_news_text(text, doc_day, expected):
    got = weekend_day(text, doc_day)
    assert (got.iso if got else None) == expected


def test_the_weekend_in_news_dates_an_act(rules_coder):
    text = "Afghan forces stepped up air strikes on the Taliban over the weekend, officials said."
    assert _dates(rules_coder, text, "2019-09-09")["Afghan force"] == {"2019-09-07"}


def test_hours_later_are_the_day_just_told(rules_coder):
    text = (
        "Israeli jets bombed a depot near Damascus on 9 May 2013.\n\n"
        "Syria and Iran signed a defence pact in 2006.\n\n"
        "Hours later Syrian forces fired two rockets at an Israeli army post."
    )
    assert _dates(rules_coder, text, "2013-05-12")["Hours later "] == {"2013-05-09"}


def test_since_the_weekend_dates_no_act(rules_coder):
    text = (
        "Spain said on Tuesday that it was expelling Iranian diplomats, bringing the number "
        "sent home since the weekend to more than 40."
    )
    assert "2022-04-02" not in _dates(rules_coder, text, "2022-04-05").get("Spain said o", set())
