"""Accidents are not attacks: violence whose clause names an accident or a disaster.

"The minister was killed in a helicopter crash", "a collision at sea killed nine sailors",
"forty died after a ferry accident": a killing verb fits, but no one did it. A verb of violence
(policy ``accident_roots``) is not coded when its subject, or the object of one of its
``accident_prepositions``, is headed by one of ``accident_nouns`` (``lang/en/grammar.yaml``), or
by one of ``hazard_nouns`` at one of ``industrial_site_nouns`` or named by one of
``hazard_modifiers`` ("an explosion at a chemical plant", "a gas explosion"); nor when it is
the participle of a clause of one of ``accident_verbs`` ("a ferry sank, killing forty").
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.wordclass import lemma_in

ACCIDENT_NOUNS = lang.words("accident_nouns")
ACCIDENT_PREPS = lang.words("accident_prepositions")
HAZARD_NOUNS = lang.words("hazard_nouns")
SITE_NOUNS = lang.words("industrial_site_nouns")
HAZARD_MODIFIERS = lang.words("hazard_modifiers")
ACCIDENT_VERBS = lang.words("accident_verbs")
SUBJECTS = frozenset({"nsubj", "csubj"})


def accidental(v: Token) -> bool:
    """Whether the verb ``v`` reports harm done by an accident ("killed in a crash", "a gas
    explosion killed", "a ferry sank, killing forty")."""
    if v.dep_ == "advcl" and _accident_clause(v.head):
        return True
    for c in v.children:
        if c.dep_ in SUBJECTS and _accident(c):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ACCIDENT_PREPS:
            if any(o.dep_ == "pobj" and _accident(o) for o in c.children):
                return True
    return False


def _accident(t: Token) -> bool:
    """Whether ``t`` heads a noun phrase of an accident: an accident noun ("crash"), or a hazard
    noun at an industrial site or named by a hazard modifier ("an explosion at a chemical
    plant", "a gas explosion")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = t.lemma_.lower()
    if lemma in ACCIDENT_NOUNS:
        return True
    if lemma not in HAZARD_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and lemma_in(c, HAZARD_MODIFIERS) for c in t.children):
        return True
    return any(
        o.dep_ == "pobj" and lemma_in(o, SITE_NOUNS)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("at", "in", "on")
        for o in p.children
    )


def _accident_clause(v: Token) -> bool:
    """Whether ``v`` is a clause of an accident verb with no target of its own ("a ferry
    sank off Peru"; not "crashed into a tower")."""
    if v.lemma_.lower() not in ACCIDENT_VERBS:
        return False
    return not any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "into") for c in v.children
    )
