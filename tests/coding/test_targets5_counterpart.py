"""A reply by an actor of the country a text is about, when no other country acted on it, is
domestic: it is aimed at its own country, not at a country named in passing before it
(coding/arguments.py, ``ArgumentFinder.counterpart`` with ``home_target``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document


def _events(coder, text: str) -> set[tuple[str, str | None, str]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded.events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "passing"),
    [
        (
            "Peru's opposition marched in Lima on Monday. Peru's unions backed the march in "
            "Peru. The protest leader once lived in Chile. Peru's government rejected the "
            "demand for early elections.",
            "PER",
            "CHL",
        ),
        (
            "Kenya's doctors went on strike in Nairobi. Kenya's unions backed them across "
            "Kenya. Their leader trained in Cuba. Kenya's health ministry dismissed the demands.",
            "KEN",
            "CUB",
        ),
    ],
)
def test_a_domestic_reply_is_not_aimed_at_a_country_named_in_passing(coder, text, country, passing):
    events = _events(coder, text)
    replies = [(s, t) for s, t, c in events if c.startswith("12") and s.startswith(country)]
    assert replies, events
    assert all(t == country for _, t in replies), events
    assert not any(t == passing for _, t, _ in events), events


@pytest.mark.slow
def test_a_reply_to_a_foreign_accusation_still_answers_the_accuser(coder):
    text = (
        "Paraguay's farmers blocked roads in Asuncion. Bolivia accused Paraguay of "
        "smuggling fuel. Paraguay's government rejected the accusation on Tuesday."
    )
    events = _events(coder, text)
    assert any(
        s.startswith("PRY") and t == "BOL" and (c == "016" or c.startswith("12"))
        for s, t, c in events
    ), events
