"""Doers the text leaves implicit: who did an act whose clause names no source.

- An agentless passive of a joint act whose subject names one party with "with" ("joint
  exercises with Japanese troops were held", "relations with Chile were restored", "talks with
  the rebels were held in Oslo"): a reciprocal act (meeting, negotiating, agreeing, co-operating:
  the patterns marked ``reciprocal``) has two parties, and the one the clause leaves out is the
  country the document is about (its focus country; in a text too short to have one, the
  country last a clause's subject). None, or the named party itself, gives no doers: a guess between two countries of the story is
  wrong too often (a mediator, a party that is no state).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding.state import DocumentState
from multivector.model import Actor

# Prepositions that attach the other party to a joint act's noun ("talks with", "ties with").
PARTY_PREPOSITIONS = frozenset({"with"})


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


__all__ = ["PARTY_PREPOSITIONS", "story_parties"]
