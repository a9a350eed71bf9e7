"""A bare family name that stands for a person named in full before it.

A news text names a person once in full, with a title that says whom they act for ("US House
Speaker Nancy Pelosi", "Iran's nuclear chief Mohammad Eslami", "Borno State Governor Babagana
Zulum"), and from then on by the family name alone ("Pelosi arrived in Taipei"). The actor table
links such a family name only for the leaders it lists (:mod:`multivector.coding.actors`); for
anyone else the bare name is the earlier full name's actor, which the phrase resolver works out
from that full name (its title and owner).

Only a capitalised proper noun with no name word of its own before it (no given name, no title
but a courtesy title: "Mr Pelosi", ``courtesy_titles``), and only a full name of two or more words of a person's name, the same word as its last word
("Nancy Pelosi" ... "Pelosi") or, in a name that puts the family name first, its first word
("Moon Jae-in" ... "Moon"); and only an actor the full name's own words name, not one
guessed from the country in focus (:func:`owned`). A full name that resolves to no actor itself
stands for the office or nationality a role noun in apposition with it states ("Tomas Varga,
the Slovak foreign minister,", "the Chilean envoy Marta Ruiz": :func:`apposed_roles`), when
that role noun's own words name the country (:func:`stated`), never a country guessed for it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.token_index import token_index
from multivector.model import Actor

NAME_DEPS = frozenset({"compound", "flat"})  # how a parser joins the words of one name
PERSON = "PERSON"
DATE = "DATE"
_MEMO_KEY = "namesakes.person_words"  # the index memo of :func:`_person_words`
DATELINE_KIND = "capital:"  # how actors.py marks a capital city standing for its government
FOCUS_GUESS = "+focus"  # how phrases.py marks an owner taken from the country in focus
COURTESY_TITLES = lang.words("courtesy_titles")  # "Mr", "Ms", "Dr": no name word of its own
MOST_GIVEN_PARTS = 3  # "Ki - moon": a given name cut at its hyphen
ROLE_POS = frozenset({"NOUN", "PROPN"})  # a role noun ("minister", "envoy", "US Marine"); phrases.py checks it is one


def bare_name(h: Token) -> bool:
    """Whether ``h`` is a capitalised proper noun with no word of a name joined to it: a family
    name standing alone ("Pelosi", not "Nancy Pelosi" or "Speaker Pelosi")."""
    if h.pos_ != "PROPN" or not h.text[:1].isupper() or not h.text.isalpha():
        return False
    if h.dep_ in NAME_DEPS:
        return False
    return not any(
        c.dep_ in NAME_DEPS and not courtesy_title(c) and c.ent_type_ != DATE for c in h.children
    )  # "In September Mr Moon visited": the month the parser compounded is no name word


def courtesy_title(c: Token) -> bool:
    """Whether ``c`` is a courtesy title compounded before a name ("Mr", "Ms.", "Dr")."""
    return c.dep_ == "compound" and c.i < c.head.i and c.text.lower().rstrip(".") in COURTESY_TITLES


def full_name_before(h: Token) -> Token | None:
    """The head of the latest full name before ``h`` that ``h``, a bare family name, repeats:
    "Pelosi" in "US House Speaker Nancy Pelosi" for a later "Pelosi"; "Jae-in" in "President
    Moon Jae-in" for a later "Moon"; None when no such name came before."""
    if not bare_name(h):
        return None
    at = _person_words(h.doc).get(h.text, ())
    for k in range(bisect.bisect_left(at, h.i) - 1, -1, -1):  # the latest first
        head = _name_head(h.doc[at[k]])
        if head is not None:
            return head
    return None


def _person_words(doc: Doc) -> dict[str, list[int]]:
    """Where each word of a person's name stands in ``doc`` (ascending token indices, by the
    word's text): found once per document (in the token index's memo), not by a walk back over
    the text at each bare name."""
    ix = token_index(doc)
    found = ix.memo.get(_MEMO_KEY)
    if found is None:
        found = {}
        for i, (word, ent) in enumerate(zip(ix.text, ix.ent_type, strict=True)):
            if ent == PERSON:
                found.setdefault(word, []).append(i)
        ix.memo[_MEMO_KEY] = found
    return found  # type: ignore[return-value]


def _name_head(t: Token) -> Token | None:
    """The head of the person's name of two or more words ``t`` is the last (or, family name
    first, the first) word of, or None."""
    if any(c.dep_ in NAME_DEPS and c.ent_type_ == PERSON and c.i == t.i - 1 for c in t.children):
        return t  # "Nancy Pelosi": the family name heads the name
    head = t.head
    if (
        t.dep_ in NAME_DEPS
        and (head.i == t.i + 1 or _hyphened_given_name(t, head))
        and head.pos_ == "PROPN"
        and head.ent_type_ == PERSON
        and head.ent_iob_ == "I"
    ):
        return head  # "Moon Jae-in": the name's head is its last word
    return None


def _hyphened_given_name(t: Token, head: Token) -> bool:
    """Whether the words from ``t`` to ``head`` are a family name and a given name the
    tokenizer cut at its hyphen ("Ban Ki - moon"), all of one person's name."""
    gap = t.doc[t.i + 1 : head.i + 1]
    return (
        0 < len(gap) <= MOST_GIVEN_PARTS
        and any(w.text == "-" for w in gap)
        and all(w.ent_type_ == PERSON and w.ent_iob_ == "I" for w in gap)
    )


def owned(actors: list[Actor]) -> list[Actor]:
    """The actors of a full name that its own words name ("US House Speaker Nancy Pelosi":
    the US), not a guess from the country in focus ("former Vice President Jorge Glas" in a
    story that last named Mexico): only those carry over to the bare family name."""
    return [a for a in actors if not a.resolved_by.endswith(FOCUS_GUESS) and not dateline_place(a)]


def dateline_place(a: Actor) -> bool:
    """Whether ``a`` is a dateline's city the parser hung on the name after it ("ANKARA - Paul
    Whelan, the former US Marine,": not Turkey's): a capital written in capitals, no owner."""
    return a.resolved_by.startswith(DATELINE_KIND) and a.text.isupper() and len(a.text) > 3


def apposed_roles(full: Token) -> list[Token]:
    """The role nouns in apposition with the full name ``full`` heads: "minister" in "Tomas
    Varga, the Slovak foreign minister," (the name's apposition) and "envoy" in "the Chilean
    envoy Marta Ruiz" (the noun the name is in apposition to)."""
    found = [c for c in full.children if c.dep_ == "appos" and c.pos_ in ROLE_POS]
    if full.dep_ == "appos" and full.head.pos_ in ROLE_POS:
        found.append(full.head)
    return found


def stated(a: Actor) -> bool:
    """Whether the actor of a role noun has the country its own words name ("the Slovak foreign
    minister": ``agent:minister+adjective:Slovak``) or the country the whole document is about
    (``+document``: "The Interior Minister, Gerald Darmanin," in a story on France; rules37: a
    later "Mr Darmanin" is the same person, +2 -0 on batches 1-82), not one guessed for it from
    the sentence's focus, a place, the speaker's home or the last countries named (an owner with
    no ``:``)."""
    how = a.resolved_by
    if "+" in how:  # "agent:investigator+organization:United Nations", not "...+focus"
        last = how.rsplit("+", 1)[1]
        return ":" in last or last == "document"
    return bool(a.country) or not how.startswith("agent:")  # not a bare "agent:envoy"
