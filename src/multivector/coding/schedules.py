"""Measures announced with a start date: decided, not intended.

"China will impose duties on barley from Tuesday", "said it would ban imports from midnight":
a measure told in the future tense (``future_auxiliaries`` in ``lang/en/grammar.yaml``) with
the day or hour it starts (a ``start_prepositions`` phrase naming a weekday, a month or one of
``start_time_words``, on the verb or inside its object: "duties on barley imported from Australia from Tuesday") has been
decided; CAMEO codes the measure (163), not the intention or threat of it. Only the roots of
the policy's ``scheduled_roots`` (sanctions, coercion; not a blockade threatened by
protesters); an intention stated under a governor ("agreed to abolish the visa regime from 1
March") stays one.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.syntax import words

START_PREPS = words("start_prepositions")
# a day or hour: a weekday, a month's full name, or one of the start words
START_WORDS = (
    words("start_time_words") | words("weekdays") | {str(m[0]) for m in lang.entry("months")}
)
START_MODALS = words("future_auxiliaries")
# the links from a start phrase up to its verb: the verb's own, or its object's phrase
PHRASE_DEPS = ("prep", "pobj", "dobj", "acl", "amod", "compound", "nmod", "nsubjpass")


def scheduled(v: Token, code: str, roots: frozenset[str]) -> bool:
    """Whether the act of ``v`` (coded ``code``) is a measure of ``roots`` told with a future
    modal of its own and the day it starts."""
    if code[:2] not in roots:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in START_MODALS for c in v.children):
        return False
    return any(start_phrase(p, v) for p in v.subtree if p.lower_ in START_PREPS)


def start_phrase(prep: Token, v: Token) -> bool:
    """Whether ``prep`` names a day or hour ("from Tuesday", "from tomorrow night", "from 1
    March") in the phrase of ``v`` (not in a clause of its own)."""
    if prep.dep_ != "prep":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not any(w.lower_ in START_WORDS for o in objects for w in o.subtree):
        return False
    node = prep
    while node.i != v.i:
        if node.dep_ not in PHRASE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True
