"""Split date entities joined again (coding/date_spans.py), on hand-built Docs."""

from __future__ import annotations

import pytest
from coding_helpers import root_dates
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.date_spans import mend_date_entities


def _doc(words: list[str], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, ents=ents)


def _dates(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "DATE"]


def test_day_month_year_split_into_three_is_one_date():
    doc = _doc(
        ["On", "27", "September", "2020", "Azerbaijan", "launched", "an", "offensive"],
        ["O", "B-CARDINAL", "B-DATE", "B-DATE", "B-PERSON", "O", "O", "O"],
    )
    assert mend_date_entities(doc) == 1
    assert _dates(doc) == ["27 September 2020"]
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Azerbaijan"]


def test_day_without_entity_and_year_joined():
    doc = _doc(["On", "3", "May", "2019", "Poland", "left"], ["O", "O", "B-DATE", "O", "B-GPE", "O"])
    mend_date_entities(doc)
    assert _dates(doc) == ["3 May 2019"]


def test_american_order_with_comma():
    doc = _doc(
        ["On", "September", "27", ",", "2020", "troops", "moved"],
        ["O", "B-DATE", "I-DATE", "O", "B-DATE", "O", "O"],
    )
    mend_date_entities(doc)
    assert _dates(doc) == ["September 27 , 2020"]


@pytest.mark.parametrize(
    "words, ents",
    [
        # already whole
        (["On", "12", "March", "2019", "Russia", "acted"], ["O", "B-DATE", "I-DATE", "I-DATE", "B-GPE", "O"]),
        # a count after a comma is no year
        (["In", "March", ",", "2000", "people", "marched"], ["O", "B-DATE", "O", "B-CARDINAL", "O", "O"]),
        # a month alone before a name
        (["On", "3", "May", "Poland", "left"], ["O", "B-DATE", "I-DATE", "B-GPE", "O"]),
        # the number belongs to another entity
        (["Resolution", "12", "March", "2019"], ["B-LAW", "I-LAW", "B-DATE", "I-DATE"]),
    ],
)
def test_whole_dates_and_other_numbers_are_left_alone(words, ents):
    doc = _doc(words, ents)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    assert mend_date_entities(doc) == 0
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_coded_event_takes_the_whole_date(rules_coder):
    dates = root_dates(
        rules_coder,
        "On 27 September 2020 Azerbaijan launched an offensive against Armenian forces.",
        "2020-10-05",
    )
    assert dates.get("19") == {"2020-09-27"}
