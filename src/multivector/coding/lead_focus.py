"""The document's focus from its lead when the counts alone leave it open.

A story names the country it is about most, but not always twice as often as any other: a
report on aid to Tonga names New Zealand, Fiji and Australia too; a memoir's review names the
United States half as often as Pakistan. With no focus by count (``focus_country.document_focus``),
the country named most is the focus when it is named at least ``focus_lead_dominance`` times
as often as the next and the text's opening (its headline and first sentence:
``focus_lead_sentences``) names it and not the runner-up ("The first foreign aid flights
reached Tonga"; not "Armenia–Turkey relations", not "Pakistan handed a captured Indian pilot").
When the opening names the runner-up and not the country named most, the runner-up is the
focus if the other is named at most ``focus_lead_runner_up`` times as often (a story on a
Chilean election that cites Argentina in its background a little more often is Chile's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc

from multivector.coding.actors import Mention


def lead_countries(
    doc: Doc,
    mentions: Mapping[int, Mention],
    sentences: int,
    placed: Iterable[tuple[int, str]] = (),
) -> set[str]:
    """The countries the first ``sentences`` sentences of ``doc`` name (one country each),
    with those of the gazetteer places among ``placed`` (token index, country) there."""
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
    found.update(c for i, c in placed if i < end)
    return found


def lead_focus(
    doc: Doc,
    mentions: Mapping[int, Mention],
    ranked: list[tuple[str, int]],
    lead: tuple[float, int] | tuple[float, int, float],
    min_mentions: int,
    placed: Iterable[tuple[int, str]] = (),
) -> str | None:
    """The country most named (``ranked``: most first) when the opening (``lead[1]``
    sentences) names it, not the next, and it is named ``lead[0]`` times as often as the
    next; else the next, when the opening names it and not the most named, it is named at
    least ``min_mentions`` times and the most named at most ``lead[2]`` times as often (0:
    never); else None. ``placed``: the gazetteer places of the text (token index, country),
    which the opening names too."""
    dominance, sentences = lead[0], lead[1]
    runner_up = lead[2] if len(lead) > 2 else 0.0
    if not ranked or not dominance or ranked[0][1] < min_mentions:
        return None
    top, n = ranked[0]
    second, m = ranked[1] if len(ranked) > 1 else (None, 0)
    opening = lead_countries(doc, mentions, sentences, placed)
    if second is not None and second in opening and top not in opening:
        return second if m >= min_mentions and n <= runner_up * m else None
    if n < dominance * m:
        return None
    return top if top in opening and second not in opening else None
