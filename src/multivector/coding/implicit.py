"""Doers the text leaves implicit, or names only by a description of a kind.

- An agentless passive of a joint act whose subject or verb names one party with "with" ("joint
  exercises with Japanese troops were held", "relations with Chile were restored", "the drill
  was held with French ships"): a reciprocal act (meeting, negotiating, agreeing, co-operating:
  the patterns marked ``reciprocal``) has two parties, and the one the clause leaves out is the
  country the document is about (its focus country; in a text too short to have one, the
  country last a clause's subject). None, or the named party itself, gives no doers: a guess
  between two countries of the story is wrong too often (a mediator, a party that is no state).
- "The group", "the movement" (definite, with no "of" phrase or name of its own): the
  organisation or non-state group (rebels, an opposition party ...) last named before it.
- "The leaders", "the ministers" (a plural, definite role of a state's organ with no owner and no
  number) as a doer: each member of the group last named together in this sentence or the one
  before, when it is two or more countries' organs of that kind ("the presidents of Ghana and
  Togo met ... the leaders agreed").
- "The Kingdom", "the emirate" (definite and bare): of the countries so ruled (a fact list in
  lang/en/grammar.yaml), the document's focus country, else the one of a recent clause's
  subject, else the one last named.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.coref import as_country
from multivector.coding.state import DocumentState
from multivector.coding.syntax import DEFINITE_DETERMINERS, words
from multivector.model import Actor

# Prepositions that attach the other party to a joint act's noun ("talks with", "ties with").
PARTY_PREPOSITIONS = frozenset({"with"})
ANTECEDENT_GROUP_NOUNS = words("antecedent_group_nouns")
ANTECEDENT_GROUP_SECTORS = words("antecedent_group_sectors")
REALM_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset(codes) for noun, codes in lang.entry("realm_nouns").items()
}


def story_parties(
    v: Token,
    state: DocumentState,
    focus: str | None,
    resolve: Callable[[Token], list[Actor]],
) -> list[Actor]:
    """The doers of the agentless passive joint act ``v`` whose subject or verb names the other
    party ("exercises with X were held", "the drill was held with X"): the ``focus`` country and
    that party; else []."""
    subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return []
    named = [
        a
        for prep in (*subjects[0].children, *v.children)
        if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPOSITIONS
        for p in prep.children
        if p.dep_ == "pobj"
        for a in resolve(p)
        if a.code
    ]
    if not named:
        return []
    theirs = {a.country or a.code for a in named}
    if focus is None:  # a short text: the country that was last a clause's subject
        last = state.tracker.country(theirs, before=v.idx, prefer_subject=True)
        focus = last.country if last is not None else None
    if focus is None or focus in theirs:
        return []
    own = Actor(text=focus, code=focus, country=focus, kind="country", resolved_by="focus")
    return [own, *named]


def _definite_bare(h: Token) -> bool:
    """Whether ``h`` is "the N" with no "of" phrase, compound or possessor of its own."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in h.children):
        return False
    return not any(
        c.dep_ in ("compound", "poss", "nummod", "appos")
        or (c.dep_ == "prep" and c.lower_ == "of" and not _of_kind(c))
        for c in h.children
    )


def _of_kind(prep: Token) -> bool:
    """Whether the "of" phrase ``prep`` names a kind, not an owner ("heads of state")."""
    return all(p.tag_ == "NN" and not any(True for _ in p.children) for p in prep.children)


def is_group_member(a: Actor) -> bool:
    """Whether ``a`` is a group that is no organ of a state (rebels, a party, a charity)."""
    return len(a.code) >= 6 and a.code[3:6] in ANTECEDENT_GROUP_SECTORS


def group_antecedent(h: Token, state: DocumentState, exclude: set[str]) -> Actor | None:
    """The organisation or non-state group "the group" (``h``) refers back to, or None."""
    if h.lemma_.lower() not in ANTECEDENT_GROUP_NOUNS or h.tag_ not in ("NN", "NNP"):
        return None
    if not _definite_bare(h):
        return None
    for e in reversed(state.tracker.history):
        a = e.actor
        if (
            is_group_member(a)
            and a.code not in exclude
            and (a.span is None or a.span.end <= h.idx)
        ):
            return a
    return None


def group_members(
    h: Token, agent: str, state: DocumentState, exclude: set[str], role: str
) -> list[Actor]:
    """The members of the group last named together that the plural role ``h`` ("the leaders",
    of ``agent``) refers to as the doer of an act, or []: two or more distinct countries' organs
    of that same kind ("the presidents of A and B"), none in ``exclude``."""
    if role == "target" or h.tag_ != "NNS" or not _definite_bare(h):
        return []
    if any(c.dep_ == "amod" for c in h.children):
        return []
    tracker = state.tracker
    for order, members, _subject in reversed(tracker.groups):
        if order < tracker.sentence_number - 1:  # this sentence or the one before only
            break
        countries = [a.country for a in members]
        if None in countries or len(set(countries)) != len(countries):
            continue
        if all(a.code == f"{a.country}{agent}" for a in members):
            return [] if any(c in exclude for c in countries) else list(members)
    return []


def realm(h: Token, state: DocumentState, focus: str | None, exclude: set[str]) -> Actor | None:
    """The country "the Kingdom" (``h``) names: the ``focus`` country if it is so ruled, else
    the one so ruled of a recent clause's subject, else the last named; or None."""
    ruled = REALM_NOUNS.get(h.lemma_.lower())
    if ruled is None or not _definite_bare(h):
        return None
    if focus is not None and focus in ruled and focus not in exclude:
        return Actor(text=h.text, code=focus, country=focus, kind="country", resolved_by="focus")
    last = state.tracker.recent(
        lambda a: a.country in ruled, set(exclude), prefer_subject=True, before=h.idx
    )
    return as_country(last) if last is not None else None


def described(
    h: Token, state: DocumentState, exclude: set[str], focus: Callable[[], str | None]
) -> Actor | None:
    """The actor a description of its kind ("the group", "the Kingdom": ``h``) refers to, or
    None; ``focus`` gives the document's focus country."""
    if h.lemma_.lower() in ANTECEDENT_GROUP_NOUNS:
        return group_antecedent(h, state, exclude)
    if h.lemma_.lower() in REALM_NOUNS:
        return realm(h, state, focus(), exclude)
    return None
