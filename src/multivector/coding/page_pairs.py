"""Relations pages: a text whose title names the relations of two states ("Japan–South Korea
relations", "SUDAN — Relations with Egypt") tells what each did to the other. An act of one of
the two that names no target is aimed at the other ("Japan provided 300 million dollars in
grants": to South Korea); acts of anyone else, and acts whose target is named, are read as
usual.

Words: ``relations_title_words`` in ``lang/en/words.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from multivector.coding import lang
from multivector.coding.actors import LexEntry, Mention, country_actor
from multivector.coding.token_index import doc_text
from multivector.model import Actor

RELATIONS_WORDS = lang.words("relations_title_words")
COUNTRY_KINDS = frozenset({"country", "adjective", "demonym", "capital"})
PARTNER = "page:partner"  # how a partner target was found, in the actor's provenance

Pair = tuple[Actor, Actor | None]


def page_partners(
    doc: Doc, mentions: dict[int, Mention], entry: Callable[[Mention], LexEntry | None]
) -> tuple[str, str] | None:
    """The two countries the title (the text's first line) names with a word of relations,
    or None: no such word, or not exactly two countries."""
    end = doc_text(doc).find("\n")
    title = [t for t in doc if end < 0 or t.idx < end]
    if not any(t.lower_ in RELATIONS_WORDS for t in title):
        return None
    countries: list[str] = []
    seen: set[int] = set()
    for t in title:
        mention = mentions.get(t.i)
        if mention is None or id(mention) in seen:
            continue
        seen.add(id(mention))
        found = entry(mention)
        if found is not None and found.kind in COUNTRY_KINDS and found.country:
            if found.country not in countries:
                countries.append(found.country)
    return (countries[0], countries[1]) if len(countries) == 2 else None


def partner_targets(
    pairs: list[Pair], sources: list[Actor], partners: tuple[str, str] | None
) -> list[Pair]:
    """``pairs`` with the page's other partner as the target of a partner's act that has none
    (with no pairs, each source that is a partner acts on the other)."""
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
