"""speed27b: quotations are found from the token index's words (a behaviour-preserving
speed-up). :func:`find_voices` finds quotation marks and paragraph breaks by the tokens'
strings: a quotation closed in its paragraph, one that a paragraph opening with a mark
continues, and one left open before a prose paragraph (dropped).

The sentences are written for these tests.
"""

from __future__ import annotations

from multivector.coding.voices import find_voices


def _quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    v = find_voices(doc)
    return [
        (doc[s : min(e + 1, len(doc))].text, doc[sp].text if sp is not None and sp >= 0 else None)
        for s, e, sp in zip(v.quote_starts, v.quote_ends, v.speakers, strict=True)
    ]


def test_a_closed_quotation_and_its_speaker(rules_coder) -> None:
    found = _quotes(
        rules_coder.nlp, '"We will reopen the border crossing," the governor said on Tuesday.'
    )
    assert found == [('"We will reopen the border crossing,"', "governor")]


def test_a_quotation_of_two_paragraphs_goes_on_after_the_break(rules_coder) -> None:
    text = (
        'The governor said: "The crossing will reopen next week.\n\n'
        '"Trucks with food will pass first."\n\nThe talks end on Friday.'
    )
    found = _quotes(rules_coder.nlp, text)
    assert len(found) == 1
    quote, speaker = found[0]
    assert quote.startswith('"The crossing') and quote.endswith('first."')
    assert speaker == "governor"


def test_a_quotation_left_open_before_prose_is_dropped(rules_coder) -> None:
    text = 'The governor said: "The crossing will reopen.\n\nThe talks end on Friday.'
    assert _quotes(rules_coder.nlp, text) == []
