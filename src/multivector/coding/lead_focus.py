"""The document's focus from its lead when the counts alone leave it open.

A story names the country it is about most, but not always twice as often as any other: a
report on aid to Tonga names New Zealand, Fiji and Australia too; a memoir's review names the
United States half as often as Pakistan. With no focus by count (``generic.document_focus``),
the country named most is the focus when it is named at least ``focus_lead_dominance`` times
as often as the next and the text's opening (its headline and first sentence:
``focus_lead_sentences``) names it and not the runner-up ("The first foreign aid flights
reached Tonga"; not "Armenia–Turkey relations", not "Pakistan handed a captured Indian pilot").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from multivector.coding.actors import Mention


def lead_countries(doc: Doc, mentions: Mapping[int, Mention], sentences: int) -> set[str]:
    """The countries the first ``sentences`` sentences of ``doc`` name (one country each)."""
    end = 0
    for k, sent in enumerate(doc.sents):
        if k >= sentences:
            break
        end = sent.end
    found: set[str] = set()
    for i in range(end):
        m = mentions.get(i)
        if m is not None and m.start == i:
            countries = {e.country for e in m.entries}
            if len(countries) == 1 and None not in countries:
                found |= countries
    return found


def lead_focus(
    doc: Doc,
    mentions: Mapping[int, Mention],
    ranked: list[tuple[str, int]],
    lead: tuple[float, int],
    min_mentions: int,
) -> str | None:
    """The country most named (``ranked``: most first) when the opening (``lead[1]``
    sentences) names it, not the next, and it is named ``lead[0]`` times as often as the
    next; else None."""
    dominance, sentences = lead
    if not ranked or not dominance or ranked[0][1] < min_mentions:
        return None
    top, n = ranked[0]
    second, m = ranked[1] if len(ranked) > 1 else (None, 0)
    if n < dominance * m:
        return None
    lead = lead_countries(doc, mentions, sentences)
    return top if top in lead and second not in lead else None
