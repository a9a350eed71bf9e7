"""Coordinated passives: verbs that share one passive subject share its patient, agent and place.

"Two reporters were detained and later expelled by the police": the police did both; "were
arrested and deported in Lahore": both happened in Lahore; "were held by the police and later
freed": the police freed them too. A conjunct of its own subject ("X was arrested in May and Y
was arrested in June") or in the active voice ("were expelled and accused Poland of ...":
``clause_syntax.active_conjunct``) is no member of the group.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.clause_syntax import active_conjunct
from multivector.coding.syntax import agent_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
VERB_POS = frozenset({"VERB", "AUX"})


def passive_group(v: Token) -> list[Token]:
    """The passive verbs coordinated with ``v`` under one passive subject, ``v`` included, in
    the sentence's order; ``[v]`` when ``v`` shares no passive subject with another verb."""
    head = v
    while listed(head) and _shares_subject(head):
        head = head.head
    if not any(c.dep_ == "nsubjpass" for c in head.children):
        return [v]
    group = [head]
    todo = [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if listed(c) and _shares_subject(c):
                group.append(c)
                todo.append(c)
    return sorted(group, key=lambda t: t.i) if v in group else [v]


def listed(c: Token) -> bool:
    """Whether the verb ``c`` is a member of its head's list of verbs: a conjunct, or a past
    participle with no subject, marker, adverb or agent of its own that the parser hung as an
    adverbial clause before the list's last conjunct ("was arrested, convicted of fraud and
    sent into exile")."""
    if c.head.pos_ not in VERB_POS or c.head is c:
        return False
    if c.dep_ == "conj":
        return c.pos_ in VERB_POS
    # a list's middle member: the head's own conjunct follows it ("..., convicted and sent");
    # not a participle clause with its own agent ("conducted under X, co-chaired by France")
    return (
        c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and not any(k.dep_ in ("mark", "nsubj", "nsubjpass", "advmod", "agent") for k in c.children)
        and any(k.dep_ == "conj" and k.pos_ in VERB_POS and k.i > c.i for k in c.head.children)
    )


def _shares_subject(c: Token) -> bool:
    """Whether the conjunct ``c`` has no subject of its own and stays in the passive."""
    return (
        c.tag_ == "VBN"
        and not any(k.dep_ in SUBJECT_DEPS for k in c.children)
        and not active_conjunct(c)
    )


def others(v: Token) -> list[Token]:
    """The other members of ``v``'s passive group, nearest first."""
    return sorted((t for t in passive_group(v) if t is not v), key=lambda t: abs(t.i - v.i))


def shared_agent(v: Token) -> Token | None:
    """The "by" agent of a passive verb coordinated with ``v`` when ``v`` has none of its own
    ("were detained and later expelled by the police": the police detained them), or None."""
    for t in others(v):
        if (agent := agent_of(t)) is not None:
            return agent
    return None


def shared_patient(v: Token) -> list[Token]:
    """The passive subject ``v`` shares as a conjunct with no subject of its own ("were
    arrested and deported": the deported are the arrested), or []."""
    if not listed(v) or any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return []
    group = passive_group(v)
    if len(group) < 2:
        return []
    return [c for c in group[0].children if c.dep_ == "nsubjpass"]


def passive_conjunct_patient(v: Token) -> list[Token]:
    """The subject a passive conjunct with no subject of its own shares with an active verb
    ("Bashir arrived in Johannesburg and was received by officials": Bashir, the one
    received), or []."""
    if v.dep_ != "conj" or v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in v.children):
        return []
    return [c for c in v.head.children if c.dep_ == "nsubj"][:1]

