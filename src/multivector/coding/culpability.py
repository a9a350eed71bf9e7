"""Culpability stated as an obligation: an accusation of the one who should face justice.

"United Nations investigators said that Myanmar's generals should be investigated and
prosecuted for genocide", "Biden said Putin should be put on trial as a war criminal": the
speaker does not appeal to anyone (the passive names no one the obligation is laid on), it
accuses the passive's subject (the policy's ``culpability_codes``: 112, or 1124 when its for/as
phrase names a war crime). The acts and war-crime words are ``culpability_acts`` and
``culpability_war_crimes`` in ``lang/en/grammar.yaml`` (with ``culpability_grounds``, the
prepositions of the for/as phrase); the modal words are the obligation
modals of ``modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.dictionary import EventPattern
from multivector.coding.modality import Modality
from multivector.ontology.policy import CodingPolicy

ACTS = tuple(tuple(str(a).split()) for a in lang.word_list("culpability_acts"))
WAR_CRIMES = tuple(str(w) for w in lang.word_list("culpability_war_crimes"))
GROUNDS = lang.words("culpability_grounds")
NAMED = frozenset({"PERSON", "NORP", "GPE", "ORG"})  # a subject that names someone


def _act(verb: Token) -> bool:
    """Whether the clause verb ``verb`` is an act of justice ("prosecute", "put on trial")."""
    lemma = verb.lemma_.lower()
    below = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "acomp", "oprd")}
    below |= {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children}
    return any(a[0] == lemma and all(w in below for w in a[1:]) for a in ACTS)


def _culpable_clause(clause: Token, m: Modality) -> bool:
    """Whether ``clause`` is a passive act of justice under an obligation modal, with its
    subject ("the generals should be prosecuted"); a conjunct shares the first's ("should be
    investigated and prosecuted")."""
    kids = list(clause.children)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in kids):
        return False
    if not any(t.ent_type_ in NAMED for t in subject.subtree):
        return False  # "the incident should be investigated": no one accused
    if not any(c.dep_ == "aux" and c.lower_ in m.obligation_modals for c in kids):
        return False
    return any(_act(v) for v in (clause, *clause.conjuncts))


def culpable(v: Token, m: Modality, policy: CodingPolicy) -> EventPattern | None:
    """The accusation the speech verb ``v`` makes by saying that someone should face justice,
    or None."""
    codes = policy.culpability_codes
    if not codes or v.pos_ != "VERB" or v.lemma_.lower() not in m.speech_verbs:
        return None
    for c in v.children:
        if c.dep_ != "ccomp" or not _culpable_clause(c, m):
            continue
        grounds = " ".join(  # lemmas: "for war crimes" names a "war crime"
            t.lemma_.lower()
            for x in (c, *c.conjuncts)
            for p in x.children
            if p.dep_ == "prep" and p.lower_ in GROUNDS
            for t in p.subtree
        )
        war = any(w in f" {grounds} " for w in (f" {w} " for w in WAR_CRIMES))
        code = codes.get("war_crime" if war else "default") or codes.get("default")
        if code:
            rule = f"culpability: '{c.lemma_.lower()}' under '{v.lemma_.lower()}'"
            return EventPattern(v.lemma_.lower(), (), code, rule, text=rule)
    return None
