"""Counted group nouns whose members a list named shortly before (proceed27).

"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt gave Qatar ten days ... The four
countries cut diplomatic ties with Qatar": a definite group noun with a number of three or more
("the four countries", "the three governments") stands for the latest list of exactly that many
countries within a few sentences before it. A pair ("both governments", "the two sides") is
left to the sides of the story's events (:func:`~multivector.coding.generic.countries_in_focus`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState

LIST_REACH = 3  # sentences back a list of the countries a counted group noun means may stand
SMALLEST_LIST = 3


def listed_group(h: Token, state: DocumentState, n: int, exclude: set[str]) -> list[Actor]:
    """The ``n`` countries (three or more) the counted group noun ``h`` stands for: those of
    the latest list of exactly ``n`` distinct countries within ``LIST_REACH`` sentences before
    ``h``'s, none of ``exclude``; else []."""
    if n < SMALLEST_LIST:
        return []
    start = h.sent.start
    for _ in range(LIST_REACH):
        if start <= 0:
            break
        sent = h.doc[start - 1].sent
        start = sent.start
        for t in reversed(list(sent)):
            if t.dep_ == "conj" or not any(c.dep_ in ("conj", "appos") for c in t.children):
                continue
            listed = listed_countries_of(t, state)
            if len(listed) == n and not any(c in exclude for c in listed):
                return [
                    Actor(
                        text=m.text, code=c, country=c, kind="country", resolved_by="listed-group"
                    )
                    for c, m in listed.items()
                ]
    return []


def listed_countries_of(first: Token, state: DocumentState) -> dict[str, Token]:
    """The countries of the list ``first`` opens (its conjuncts, or an apposition's list the
    parser hung on it), by country code, when every member names a distinct country and there
    are at least ``SMALLEST_LIST``; else {}."""
    members = list_members(first)
    found: dict[str, Token] = {}
    for m in members:
        country = country_of(m, state)
        if country is None or country in found:
            return {}
        found[country] = m
    return found if len(found) >= SMALLEST_LIST else {}


def list_members(first: Token) -> list[Token]:
    """The members of the list ``first`` opens, in text order: its conjuncts, and an
    apposition's list the parser hung on it ("Saudi Arabia, the United Arab Emirates, Bahrain
    and Egypt": "Emirates" an apposition of "Arabia", the last two its conjuncts)."""
    members = [first, *(c for c in first.conjuncts if c.i > first.i)]
    members += [m for a in first.children if a.dep_ == "appos" for m in (a, *a.conjuncts) if m.i > first.i]
    return sorted(set(members), key=lambda t: t.i)


def appositive_list(h: Token, state: DocumentState) -> list[Token]:
    """The rest of a list of countries' actors the parser hung as an apposition of its first
    member ``h`` ("Yemen's government, the eastern Libyan administration and the Maldives":
    "administration" an apposition of "government", "Maldives" its conjunct), in text order; []
    when the apposition is no list (no conjunct) or its members do not each name a country of
    their own, distinct from ``h``'s ("Burma, Myanmar"; "its president, the leader of X")."""
    own = member_country(h, state)
    if own is None:
        return []
    for a in h.children:
        if a.dep_ != "appos" or a.i < h.i or not any(c.dep_ == "conj" for c in a.children):
            continue
        members = [a, *(c for c in a.conjuncts if c.i > a.i)]
        countries = [member_country(m, state) for m in members]
        if all(c is not None and c != own for c in countries) and len(set(countries)) == len(members):
            return members
    return []


def member_country(h: Token, state: DocumentState) -> str | None:
    """The one country a list member ``h`` names: a country's name, or a noun whose possessor,
    adjective or compound names a single country ("Yemen's government", "the Libyan
    administration"); else None."""
    country = country_of(h, state)
    if country is not None or h.pos_ != "NOUN":
        return country
    found = set()
    for c in h.children:
        if c.dep_ not in ("poss", "amod", "compound"):
            continue
        mention = state.mentions.get(c.i)
        if mention is not None:
            found |= {e.country for e in mention.entries if e.country}
    return next(iter(found)) if len(found) == 1 else None


def country_of(h: Token, state: DocumentState) -> str | None:
    """The country a country's name at ``h`` names, else None."""
    mention = state.mentions.get(h.i)
    if mention is None or h.i != mention.end - 1:
        return None
    kinds = {e.kind for e in mention.entries}
    countries = {e.country for e in mention.entries}
    if kinds != {"country"} or len(countries) != 1:
        return None
    return next(iter(countries))
