"""An editor's note in brackets that dates the document ("[Retrospective analysis, published
21 November 2015]") says nothing of the time the text tells: a retrospective's later "On 20
November" is in its story's year (coding/event_dates.py ``advance_narrative``). Texts written
for these tests."""

from __future__ import annotations

import pytest

from multivector.model import Document

pytestmark = pytest.mark.slow

BODY = (
    "On 1 November 1995 the presidents of Bosnia and Croatia arrived in Dayton for talks.\n\n"
    "The decisive concessions came late. On 20 November Izetbegovic refused to accept the "
    "final map.\n"
)


def _dates(coder, text: str) -> set[str]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2015-11-21")]))
    return {e.date for e in coded.events if e.cameo.startswith("12")}


@pytest.mark.parametrize(
    "note",
    [
        "[Retrospective analysis, published 21 November 2015]",
        # a note of two sentences: the second, dated, does not open with the bracket
        "[Translated from the Bosnian. Analysis from a Sarajevo weekly, 21 November 2015.]",
    ],
)
def test_a_bracketed_note_does_not_make_a_retrospective_news(rules_coder, note):
    text = "Twenty years after Dayton\n\n" + note + "\n\n" + BODY
    assert _dates(rules_coder, text) == {"1995-11-20"}


def test_news_that_names_its_own_day_stays_news(rules_coder):
    text = (
        "On 21 November 2015 Izetbegovic's son met the envoy in Sarajevo.\n\n"
        "On 20 November Bosnia refused to accept the final map.\n"
    )
    assert _dates(rules_coder, text) == {"2015-11-20"}
