"""dates15: date expressions read right (ordinal days, a month of a year given relative to the
narrative, weekdays written with their date or of last week, "last Saturday" on a Saturday,
"tomorrow", a month the entity recogniser ran on into a phrase) and a date the parser hung on
the name after its preposition. The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.dates import DateValue, is_date_like, parse_date_expression
from multivector.model import Document


@pytest.mark.parametrize(
    ("text", "doc", "expected"),
    [
        ("the fifth of June", "2017-06-23", "2017-06-05"),
        ("on the twenty-first of March 2003", "2017-06-23", "2003-03-21"),
        ("last Saturday", "1973-10-27", "1973-10-20"),  # written on a Saturday
        ("Saturday", "1973-10-27", "1973-10-27"),
        ("last Saturday", "1973-10-29", "1973-10-27"),
        ("Friday of last week", "1995-08-05", "1995-07-28"),
        ("Monday, July 1", "1991-07-08", "1991-07-01"),  # the date, not the latest Monday
        ("April after years", "2003-08-14", "2003-04"),
        ("tomorrow", "2004-03-23", "2004-03-24"),
        ("January this year", "1980-05-05", "1980-01"),
        ("in June of last year", "2023-03-05", "2022-06"),
    ],
)
def test_expressions_relative_to_the_document(text, doc, expected):
    found = parse_date_expression(text, dt.date.fromisoformat(doc))
    assert found is not None and found.iso == expected


def test_tomorrow_is_a_date():
    assert is_date_like("tomorrow")


@pytest.mark.parametrize(
    ("text", "narrative", "expected"),
    [
        ("July of that year", "1990", "1990-07"),
        ("March of the following year", "1990-05", "1991-03"),
        ("that year", "1990-05", "1990"),
        ("that November", "1985-03", "1985-11"),
    ],
)
def test_a_month_of_a_year_relative_to_the_narrative(text, narrative, expected):
    value = DateValue(narrative, "month" if "-" in narrative else "year", "explicit")
    found = parse_date_expression(text, dt.date(2022, 8, 31), value)
    assert found is not None and found.iso == expected


def _dates(coder, text: str, date: str) -> set[str | None]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return {str(e.date) for e in coded.events}


def test_a_month_of_that_year_dates_the_act(rules_coder):
    text = "Chile invaded Peru in 1985. In August of that year, Argentina condemned the invasion."
    assert _dates(rules_coder, text, "2001-03-01") == {"1985", "1985-08"}


def test_tomorrow_dates_a_planned_meeting(rules_coder):
    text = "The Chilean and Peruvian foreign ministers will meet in Lima tomorrow."
    assert _dates(rules_coder, text, "2010-05-03") == {"2010-05-04"}


def test_a_date_hung_on_the_name_after_its_preposition_dates_the_verb(rules_coder):
    from spacy.tokens import Doc

    from multivector.coding.event_dates import date_owner

    # the parse of "In early July the rebels said ...", with "July" hung on "rebels" as the
    # parser hangs it on a name at times, leaving "In" with no object
    words = ["In", "early", "July", "the", "rebels", "said", "it", "would", "talk", "."]
    heads = [5, 2, 4, 4, 5, 5, 8, 8, 5, 5]
    deps = ["prep", "amod", "compound", "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    pos = ["ADP", "ADJ", "PROPN", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    ents = ["O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(rules_coder.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    [ent] = doc.ents
    assert date_owner(ent).text == "said"


def test_the_same_day_after_a_later_month_than_the_last_day(rules_coder):
    text = (
        "On 5 September 2008 Chile recalled its ambassador from Peru.\n\n"
        "In January 2023 Chile expelled the Peruvian ambassador, and Peru expelled the "
        "Chilean ambassador the same day."
    )
    [coded] = list(rules_coder.code_documents([Document(id="t", text=text, date="2024-09-03")]))
    second = {str(e.date) for e in coded.events if "January 2023" in e.sentence}
    assert second == {"2023-01"}  # not 2008-09-05, the last day the text gave


def test_an_act_in_an_event_takes_the_date_of_the_event_noun(rules_coder):
    text = (
        "Rebels killed 300 Chilean soldiers and seized 50 Peruvian hostages in their March 4 "
        "attack on Lima."
    )
    dates = _dates(rules_coder, text, "2021-04-20")
    assert dates == {"2021-03-04"}
