"""Which word a date phrase dates: the clause or noun that owns it, and the dates that only
name a thing ("the 2001 agreement") or open a period ("since 2017").

Read by :mod:`multivector.coding.event_dates` (the narrative date and an event's date) and by
the stages that ask which clause a date belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.dates import END_PREPOSITIONS
from multivector.coding.token_index import TokenIndex, token_index

T = TypeVar("T")

ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
PREMODIFIER_DEPS = lang.words("date_premodifier_deps")
ADVERB_DAYS = lang.words("date_missed_words")  # never a noun's premodifier ("Yesterday residents")
TIME_NOUNS = lang.words("date_time_nouns")
TERM_PREPOSITIONS = lang.words("date_term_prepositions")
START_PREPOSITIONS = lang.words("date_start_prepositions")
PERIOD_PREPOSITIONS = lang.words("date_period_prepositions")
REPORTING_VERBS = lang.words("reporting_verbs")


def _counted(noun: Token) -> bool:
    """A common noun numbered by an ordinal ("the third such arrest", "its second complaint")."""
    return noun.pos_ == "NOUN" and any(
        c.ent_type_ == "ORDINAL" or ORDINAL.match(c.text) for c in noun.children
    )


def opens_period(ent: Span) -> bool:
    """A date that starts a period running to the present ("since 2017"): its first word, or
    the word before it, is a period preposition (read from the token index, no Token made)."""
    low = token_index(ent.doc).lower
    return low[ent.start] in PERIOD_PREPOSITIONS or (
        ent.start > 0 and low[ent.start - 1] in PERIOD_PREPOSITIONS
    )


def names_a_thing(ent: Span) -> bool:
    """A date that premodifies a noun ("the 2001 basing agreement", "Thursday's deal"): it tells
    which thing is meant, not when the story is, so it does not move the narrative date
    ("... on Feb. 3" after "the 2001 agreement" is in the document's year)."""
    return _remembered(ent, "names_a_thing", _names_a_thing)


def _names_a_thing(ent: Span) -> bool:
    """:func:`names_a_thing`, worked out."""
    root = ent.root
    return (
        not fronted(ent)
        and root.dep_ in PREMODIFIER_DEPS and root.lower_ not in ADVERB_DAYS
        and root.head.pos_ in ("NOUN", "PROPN")
        and root.head.lower_ not in TIME_NOUNS
        and root.head.i not in range(ent.start, ent.end)
    )


def fronted(ent: Span) -> bool:
    """A date in a preposition's phrase that opens its sentence ("On 2 May 1990 crowds
    marched", "In 2013 Peruvian coast guard boats fired"): it sets the sentence's time, even where
    the parser hung it on the noun after it."""
    before = ent.start - 1
    if before < 0:
        return False
    ix = token_index(ent.doc)  # the sentence's start and the tag from the index (no ``ent.sent``)
    first = ix.sentence(ent.start)[0]
    if before == first:
        return ix.tag[before] == "IN"
    # "On the night of 7 August", "In the early hours of 13 January": a time of day of the date
    return (
        ix.tag[first] == "IN" and ix.lower[before] == "of" and before - 1 > first
        and ix.lower[before - 1] in TIME_NOUNS
        and all(ix.tag[t] in ("DT", "JJ") for t in range(first + 1, before - 1))
    )


def date_owner(ent: Span) -> Token:
    """The word a date entity dates: the noun it premodifies ("a 2003 ceasefire agreement",
    "Thursday's deal"), else the nearest verb above it (the clause it belongs to)."""
    return _remembered(ent, "date_owner", _date_owner)


def _date_owner(ent: Span) -> Token:
    """:func:`date_owner`, worked out."""
    doc = ent.doc
    ix = token_index(doc)
    head, dep, low, pos, tag = ix.head, ix.dep, ix.lower, ix.pos, ix.tag
    root = ent.root.i
    before = ent.start - 1
    if (
        before >= 0
        and dep[before] == "prep"
        and dep[root] in PREMODIFIER_DEPS
        and not any(dep[c] == "pobj" for c in ix.children[before])
    ):  # "In early July al-Shabaab said ...": the parser hung "July" on the name after it,
        root = before  # leaving "In" with no object: the date is that preposition's
    prep = head[root]
    if dep[prep] == "prep" and (
        low[prep] in TERM_PREPOSITIONS
        or low[prep] in START_PREPOSITIONS
        and any(dep[c] == "aux" and tag[c] == "MD" for c in ix.children[head[prep]])
    ):
        return doc[prep]  # "by the end of November", "would cut duties from April": a term
    if (term := _term_above(root, ix)) is not None:
        return doc[term]  # "gave them until noon the next day", "until noon on Friday": an end
    if (
        dep[root] == "npadvmod" and before >= 0 and dep[before] == "pobj"
        and low[head[before]] in END_PREPOSITIONS
    ):  # the same, the date hung on the verb after the end's object (not "by phone last month")
        return doc[head[before]]
    if (
        dep[root] in PREMODIFIER_DEPS and low[root] not in ADVERB_DAYS
        and pos[head[root]] in ("NOUN", "PROPN")
        and low[head[root]] not in TIME_NOUNS
        and not fronted(ent)
    ):
        return doc[head[root]]
    if dep[root] == "npadvmod" and _counted(doc[head[root]]):
        return doc[head[root]]  # "the third such arrest this month": the period of a tally
    t = head[root]
    if (
        dep[t] == "ccomp"
        and pos[head[t]] in ("VERB", "AUX")
        and ix.lemma[head[t]] in REPORTING_VERBS
        and ent.start == head[t] + 1
        and any(dep[c] in ("nsubj", "nsubjpass") and c > ent.end - 1 for c in ix.children[t])
    ):  # "said last night he would ...": the date right after the saying, before the
        return doc[head[t]]  # reported clause's subject, is the saying's
    while head[t] != t and (
        pos[t] not in ("VERB", "AUX") or (tag[t] == "VBG" and dep[t] in ("acl", "advcl"))
    ):  # a present participle ("planes carrying aid ... on Wednesday") shares its clause's date
        t = head[t]
    return doc[t]


def _term_above(i: int, ix: TokenIndex) -> int | None:
    """The end preposition ("until") above the nouns and prepositions over token ``i``
    ("until noon the next day"), before a verb is reached; None when there is none."""
    t = ix.head[i]
    while ix.head[t] != t and ix.pos[t] not in ("VERB", "AUX"):
        if ix.dep[t] == "prep" and ix.lower[t] in END_PREPOSITIONS:
            return t
        t = ix.head[t]
    return None


def _remembered(ent: Span, name: str, work: Callable[[Span], T]) -> T:
    """``work(ent)``, worked out once per entity (each date is asked of again for every verb):
    remembered under ``name`` by the entity's (start, end) with the parse in the document's token
    index, so a parse mended since is read again."""
    memos = token_index(ent.doc).memo
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    key = (ent.start, ent.end)
    if key not in memo:
        memo[key] = work(ent)
    return memo[key]
