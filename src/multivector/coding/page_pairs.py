"""Relations pages: a text whose title names the relations of two states ("Japan–South Korea
relations", "SUDAN — Relations with Egypt") tells what each did to the other. An act of one of
the two that names no target is aimed at the other ("Japan provided 300 million dollars in
grants": to South Korea); acts of anyone else, and acts whose target is named, are read as
usual.

A page on one state's relations ("Foreign relations of Azerbaijan", "MONGOLIA: FOREIGN
RELATIONS") pairs that state with the one state a section's heading names: a heading line of
its own ("Relations with Armenia", "Russia") or a run-in heading that opens a paragraph
("China. In 1983 Mongolia expelled ..."). A heading naming no single state ("Energy
diplomacy") ends the pairing until the next.

Words: ``relations_title_words`` in ``lang/en/words.yaml``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actors import LexEntry, Mention, country_actor
from multivector.coding.speakers import paragraphs
from multivector.model import Actor

RELATIONS_WORDS = lang.words("relations_title_words")
COUNTRY_KINDS = frozenset({"country", "adjective", "demonym", "capital"})
PARTNER = "page:partner"  # how a partner target was found, in the actor's provenance
HEADING_MAX_WORDS = 6  # "Relations with the Democratic Republic of the Congo" is more: cut
SENTENCE_ENDS = lang.words("sentence_end_marks")

Pair = tuple[Actor, Actor | None]
Partners = tuple[str, str]
# the partners from a token on: (first token, partners or None), in text order
PartnerSpans = list[tuple[int, Partners | None]]


def page_partners(
    doc: Doc, mentions: dict[int, Mention], entry: Callable[[Mention], LexEntry | None]
) -> PartnerSpans:
    """Where the text pairs two states (see the module): none unless its title or lead (its
    first paragraph, more paragraphs after it) names relations and one or two countries."""
    paras = paragraphs(doc)
    if len(paras) < 2:
        return []  # a text of one paragraph has no title: a sentence alone is no page
    start, end = paras[0]
    title = doc[start:end]
    if not any(t.lower_ in RELATIONS_WORDS for t in title):
        return []
    named = _countries(title, mentions, entry)
    if len(named) == 2:
        return [(0, (named[0], named[1]))]
    if len(named) != 1:
        return []
    home = named[0]
    spans: PartnerSpans = []
    for p_start, p_end in paras[1:]:
        heading = _heading(doc, p_start, p_end)
        if heading is None:
            continue
        others = [c for c in _countries(heading, mentions, entry) if c != home]
        spans.append((p_start, (home, others[0]) if len(others) == 1 else None))
    return spans


def partners_at(spans: PartnerSpans, i: int) -> Partners | None:
    """The partners of the text at token ``i``."""
    if not spans:  # most texts: asked for every coded predicate
        return None
    k = bisect.bisect_right(spans, i, key=lambda span: span[0]) - 1
    return spans[k][1] if k >= 0 else None


def partner_targets(
    pairs: list[Pair], sources: list[Actor], partners: Partners | None
) -> list[Pair]:
    """``pairs`` with the other partner as the target of a partner's act that has none (with
    no pairs, each source that is a partner acts on the other)."""
    if partners is None:
        return pairs
    found: list[Pair] = []
    for source, target in pairs or [(s, None) for s in sources]:
        if target is None and source.country in partners:
            other = partners[1] if source.country == partners[0] else partners[0]
            target = country_actor(other, PARTNER)
        if target is not None or pairs:
            found.append((source, target))
    return found


def _heading(doc: Doc, start: int, end: int) -> list[Token] | None:
    """The words of a section heading at the paragraph ``start``-``end``: the whole paragraph
    when it is a short line with no sentence end, else a run-in heading of a few words closed
    by a full stop ("Russia. During ..."); None when the paragraph opens with prose."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words:
        return None
    if len(words) <= HEADING_MAX_WORDS and words[-1].text not in SENTENCE_ENDS:
        return words
    stop = next((k for k, t in enumerate(words[: HEADING_MAX_WORDS + 1]) if t.text == "."), None)
    return words[:stop] if stop else None


def _countries(
    tokens, mentions: dict[int, Mention], entry: Callable[[Mention], LexEntry | None]
) -> list[str]:
    """The distinct countries ``tokens`` name, in order."""
    found: list[str] = []
    seen: set[int] = set()
    for t in tokens:
        mention = mentions.get(t.i)
        if mention is None or id(mention) in seen:
            continue
        seen.add(id(mention))
        known = entry(mention)
        if (
            known is not None
            and known.kind in COUNTRY_KINDS
            and known.country
            and known.country not in found
        ):
            found.append(known.country)
    return found
