"""Acts told by a reduced passive participle on the subject of a clause.

"The sailors released by Tehran flew home": a participle that modifies the subject identifies
it by an act taken as known, and the clause reports something else (``unasserted.py``). A
participle with a "by" phrase on a noun of an agreement or a joint process is another matter:
"the deal, brokered by Norway, commits both sides", "an investigation commissioned by the EU
examined the war", "the agreement, signed by A, B and C, replaces ...": it tells who made the
agreement or the process, the news the clause builds on (``made_nouns`` in
``lang/en/grammar.yaml``). The participle's "by" phrase is its source, as in any passive.

The parser often hangs a passive's "by" phrase on the object of the preposition before it
("signed in New York on 5 May by A and B", "were held in Geneva on Monday by A and B"):
``stray_agents`` finds it there, for :func:`told_making` and as the passive's source
(:mod:`~multivector.coding.participants`).

People sent or commissioned by an actor act for it: "specialists sent by the Secretary-General
examined the sites" is the Secretary-General's inquiry when the subject names no actor of its
own (``sender``; ``sending_participles`` in ``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

MADE_NOUNS = lang.words("made_nouns")
SENDING = lang.words("sending_participles")


BY = lang.words("nominal_agent_prepositions")
# "signed during a visit by Li Peng": the "by" phrase is the circumstance's own doer
CIRCUMSTANCES = lang.words("circumstance_prepositions")


def told_making(v: Token, nouns: frozenset[str] = MADE_NOUNS) -> bool:
    """Whether the past participle ``v`` modifying a noun tells who made the agreement or
    joint process that noun names: a "by" phrase (spaCy's ``agent``, or one the parser hung on
    a phrase of place or time: ``stray_agents``) on a head of ``nouns`` ("the deal, brokered by
    Norway", "talks mediated by Crocker", "the agreements signed on 5 May by A and B")."""
    if v.tag_ != "VBN" or v.dep_ != "acl":
        return False
    if v.head.lemma_.lower() not in nouns:
        return False
    own = any(c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in v.children)
    return own or bool(stray_agents(v))


def stray_agents(v: Token) -> list[Token]:
    """The doers named by a "by" phrase that the parser hung on the object of one of the
    passive participle ``v``'s prepositions instead of on ``v`` ("signed in New York on 5 May
    by A and B": "by A" under "May"), with their conjuncts; [] when ``v`` has an agent. Not
    under a phrase of circumstance ("during a visit by Li Peng": the visit's own doer)."""
    if v.tag_ != "VBN" or any(c.dep_ == "agent" for c in v.children):
        return []
    return [
        a
        for c in v.children
        if c.dep_ == "prep" and c.lower_ not in CIRCUMSTANCES
        for p in c.children
        if p.dep_ == "pobj"
        for a in by_doers(p, ("agent", "prep"))
    ]


def by_doers(p: Token, deps: tuple[str, ...]) -> list[Token]:
    """The doers of a "by" phrase hung on the word ``p`` under one of ``deps`` ("... May by A
    and B": A, B), with their conjuncts: where the parser puts a "by" phrase that belongs to
    the participle or event noun above ``p`` (this module's and ``nominals.stray_agents``)."""
    return [
        a
        for b in p.children
        if b.dep_ in deps and b.lower_ in BY
        for q in b.children
        if q.dep_ == "pobj"
        for a in (q, *q.conjuncts)
    ]


def sender(subject: Token, verbs: frozenset[str] = SENDING) -> list[Token]:
    """The "by" phrase of a participle of sending on ``subject`` ("specialists sent by the
    Secretary-General", "a team of investigators sent by the State Department"), with its
    conjuncts: who the subject's people act for; [] when there is none."""
    held = [subject, *(p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")]
    return [
        a
        for n in held
        for v in n.children
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in verbs
        for c in v.children
        if c.dep_ == "agent"
        for q in c.children
        if q.dep_ == "pobj"
        for a in (q, *q.conjuncts)
    ]
