"""The document's focus country: the country a text is about, for actors that name none.

The focus is chosen once per document (:func:`choose_focus`, see docs/architecture.md,
"Generic actors"): the country named most, when named at least ``min_mentions`` times and
``dominance`` times as often as the next (:func:`document_focus`); else the country of the
news dateline when it is one of the two the text names most (:func:`dateline_country`); else
the country named most when the opening names it and not the next, or the runner-up the
opening names alone (``coding/lead_focus.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc

from multivector.coding import lang
from multivector.coding.actors import Mention
from multivector.coding.dateline_country import capital_country, named_country
from multivector.coding.eras import place_state
from multivector.coding.gazetteer import Gazetteer
from multivector.coding.lead_focus import lead_focus
from multivector.coding.token_index import doc_text
from multivector.nlp import AGENCY_DATELINE, find_dateline

DATELINE_PLACE = re.compile(lang.entry("dateline_place_pattern"))


def document_focus(
    mentions: Mapping[int, Mention],
    places: Iterable[str] = (),
    min_mentions: int = 2,
    dominance: float = 2.0,
    country_codes: frozenset[str] = frozenset(),
) -> str | None:
    """The country a document is clearly about, or None.

    Counts the named mentions of the actor dictionaries that belong to one country (names,
    adjectives, capitals, regions, leaders), plus ``places`` (countries of gazetteer places);
    the most frequent country is the focus if it is named at least ``min_mentions`` times and
    ``dominance`` times as often as the next.
    """
    counts = named_countries(mentions, places, country_codes)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_mentions:
        return None
    if len(ranked) > 1 and ranked[0][1] < dominance * ranked[1][1]:
        return None
    return ranked[0][0]


def named_countries(
    mentions: Mapping[int, Mention],
    places: Iterable[str] = (),
    country_codes: frozenset[str] = frozenset(),
) -> Counter[str]:
    """How often each country is named: mentions that belong to one country, plus ``places``;
    an organisation of one country (a party, a rebel group, a state company: its code starts
    with one of ``country_codes``) names that country too."""
    counts: Counter[str] = Counter()
    for m in {id(m): m for m in mentions.values()}.values():
        countries = {
            e.code[:3] if e.country is None and e.code[:3] in country_codes else e.country
            for e in m.entries
        }
        if len(countries) == 1 and None not in countries:
            counts[countries.pop()] += 1
    counts.update(places)
    return counts


def leading(ranked: list[tuple[str, int]], n: int) -> set[str]:
    """The countries of ``ranked`` (most named first) counted at least as often as the n-th."""
    if not ranked:
        return set()
    floor = ranked[min(n, len(ranked)) - 1][1]
    return {c for c, k in ranked if k >= floor}


def dateline_country(text: str, gazetteer: Gazetteer) -> str | None:
    """The country of the place a news dateline names ("LA PAZ - " -> BOL), or None (no
    dateline, a place the gazetteer does not know, or places in several countries)."""
    found = find_dateline(text, DATELINE_PLACE) or find_dateline(text, AGENCY_DATELINE)
    if found is None:
        return None
    m = found[1]
    countries: set[str] = set()
    for name in m.group(1).split("/"):
        place = gazetteer.place(" ".join(w.capitalize() for w in name.split()))
        if place is None or not place.country:
            capital = capital_country(name)  # "MALE - ", "COLOMBO - ": a capital's country
            if capital is not None:
                countries.add(capital)
                continue
            # "ZORVAKA, Moldova - ": the country it names
            return named_country(m.group(0)) if len(m.group(1).split("/")) == 1 else None
        countries.add(place.country)
    return countries.pop() if len(countries) == 1 else None


def dateline_state(doc: Doc, gazetteer: Gazetteer, cache: dict[str, str | None]) -> str | None:
    """The dateline's country as the state it was on the document's date, or None; found once
    per document (kept in ``cache``, the document state's ``generic``)."""
    if "dateline" not in cache:
        home = dateline_country(doc_text(doc), gazetteer)
        cache["dateline"] = place_state(doc, home) if home else None
    return cache["dateline"]


def choose_focus(
    doc: Doc,
    mentions: Mapping[int, Mention],
    placed: list[tuple[int, str]],
    gazetteer: Gazetteer,
    min_mentions: int,
    dominance: float,
    lead: tuple[float, int, float],
    country_codes: frozenset[str] = frozenset(),
    cache: dict[str, str | None] | None = None,
) -> str | None:
    """The focus country of ``doc`` in the state of the document's date, or None: by count
    (:func:`document_focus`), else the dateline's country when it is one of the two most
    named, else the country most named that the opening names (``lead_focus``). ``placed``:
    the gazetteer places of the text (token index, country); ``cache``: the document's, where
    :func:`dateline_state` keeps the dateline's country."""
    places = [c for _i, c in placed]
    focus = document_focus(mentions, places, min_mentions, dominance, country_codes)
    if focus is None:
        # no clear focus by count: the dateline's country, when it is one of the two
        # countries the text names most
        home = dateline_state(doc, gazetteer, {} if cache is None else cache)  # of its time
        top = named_countries(mentions, places, country_codes).most_common()
        if home is not None and home in leading(top, 2):
            focus = home
        else:  # the opening names it (coding/lead_focus.py)
            focus = lead_focus(doc, mentions, top, lead, min_mentions, placed)
    return place_state(doc, focus) if focus else focus  # of its time
