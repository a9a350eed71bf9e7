"""Accidents are not attacks: violence whose clause names an accident or a disaster.

"The minister was killed in a helicopter crash", "a collision at sea killed nine sailors",
"forty died after a ferry accident": a killing verb fits, but no one did it. A verb of violence
(policy ``accident_roots``) is not coded when its subject, or the object of one of its
``accident_prepositions``, is headed by one of ``accident_nouns`` (``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

ACCIDENT_NOUNS = lang.words("accident_nouns")
ACCIDENT_PREPS = lang.words("accident_prepositions")
SUBJECTS = frozenset({"nsubj", "csubj"})


def accidental(v: Token) -> bool:
    """Whether the verb ``v`` reports harm done by an accident ("killed in a crash")."""
    for c in v.children:
        if c.dep_ in SUBJECTS and _accident(c):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ACCIDENT_PREPS:
            if any(o.dep_ == "pobj" and _accident(o) for o in c.children):
                return True
    return False


def _accident(t: Token) -> bool:
    """Whether ``t`` is an accident noun ("crash") or a noun phrase headed by one."""
    return t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in ACCIDENT_NOUNS
