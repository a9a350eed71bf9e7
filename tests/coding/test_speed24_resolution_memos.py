"""speed24: what the resolution layer keeps once per document must never answer a question it
was not asked: a mention's entry is kept by day (a name held by different people over the
years). Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from multivector.coding.phrases import PhraseResolver

SOVIET_DAY, GEORGIAN_DAY = dt.date(1987, 6, 1), dt.date(1996, 6, 1)


def _mention(lexicon, blank_nlp, text: str, word: str):
    doc = blank_nlp.make_doc(text)
    i = next(t.i for t in doc if t.text == word)
    return lexicon.find_mentions(doc)[i]


@pytest.mark.parametrize("order", [(SOVIET_DAY, GEORGIAN_DAY), (GEORGIAN_DAY, SOVIET_DAY)])
def test_an_entry_is_kept_by_day(lexicon, blank_nlp, order):
    """Shevardnadze was a Soviet minister, then Georgia's president: asked on one day and then
    on the other, each day gets its own entry, whichever day is asked first."""
    mention = _mention(lexicon, blank_nlp, "Shevardnadze arrived on Monday .", "Shevardnadze")
    fresh = {day: mention.best(day) for day in order}
    assert fresh[SOVIET_DAY] is not fresh[GEORGIAN_DAY]
    for day in order:
        assert PhraseResolver.entry(mention, day) is fresh[day]
    for day in reversed(order):  # asked again: the kept answers, still by day
        assert PhraseResolver.entry(mention, day) is fresh[day]


def test_a_bare_family_name_out_of_office_stays_none(lexicon, blank_nlp):
    """A bare family name with no bearer in office on the day is no one; a later day with a
    bearer in office does not take that None, nor the other way round."""
    mention = _mention(lexicon, blank_nlp, "Aliyev arrived on Monday .", "Aliyev")
    assert mention.surname_only
    before, during = dt.date(1980, 1, 1), dt.date(2010, 1, 1)
    assert PhraseResolver.entry(mention, before) is None
    assert PhraseResolver.entry(mention, during) is not None
    assert PhraseResolver.entry(mention, None) is None
    assert PhraseResolver.entry(mention, before) is None
    assert PhraseResolver.entry(mention, during) is mention.best(during)
