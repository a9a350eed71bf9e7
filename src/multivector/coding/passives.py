"""Passives whose subject is no patient: someone awaited ("the minister is expected in Hanoi"),
an engagement ("the armies were engaged in fighting"), a feeling ("was disturbed by the
violence"). The word lists are language data (``grammar.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import words

AWAITING_VERBS = words("awaiting_verbs")
STATIVE_PASSIVES = words("stative_passive_verbs")
FEELING_PASSIVES = words("feeling_passive_verbs")


def awaited_arrival(v: Token) -> bool:
    """Whether ``v`` is a passive verb of awaiting with no agent and no clause, said of someone
    coming ("the minister is expected in Hanoi on Friday"): its subject is the one who comes,
    the source of the visit announced (``awaiting_verbs`` in ``grammar.yaml``)."""
    return (
        v.lemma_.lower() in AWAITING_VERBS
        and any(c.dep_ == "auxpass" for c in v.children)
        and not any(c.dep_ in ("agent", "xcomp", "ccomp") for c in v.children)
    )


def stative_passive(v: Token) -> bool:
    """Whether ``v`` is a stative passive whose subject does the act its "in" phrase names
    ("the two armies were engaged in heavy fighting", "are engaged in talks with": the act
    itself, by the subject; ``stative_passive_verbs`` in ``grammar.yaml``, passive27)."""
    return (
        v.lemma_.lower() in STATIVE_PASSIVES
        and any(c.dep_ == "auxpass" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in v.children)
    )


def feeling_passive(v: Token) -> bool:
    """Whether ``v`` is the passive of a verb of feeling, its subject's state ("was deeply
    disturbed by the raid", "were alarmed": ``feeling_passive_verbs`` in ``grammar.yaml``)."""
    return v.lemma_.lower() in FEELING_PASSIVES and any(c.dep_ == "auxpass" for c in v.children)
