"""Main verbs the parser read as modifiers of their objects.

"Costa Rica's president, Oscar Arias, mediated talks between the two sides", "MIT hosted
negotiators in Turkey", "The heads of state held talks": the small English model makes the
past verb an adjective (``amod``) of the noun after it and leaves the sentence without a verb
root (its root is the subject noun, or the object itself). The verb's subject is then the
sentence's root noun before it (or the name hung on the object before the verb), and its
object is the noun it was said to modify.
"""

from __future__ import annotations

from spacy.tokens import Token

PAST_TAGS = frozenset({"VBD", "VBN"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# a modifier of the noun before the verb: the verb is then inside the noun phrase ("the
# repeated cycles", "a selected list")
INNER_DEPS = frozenset({"det", "poss", "amod", "nummod", "compound"})
NAME_DEPS = frozenset({"npadvmod", "nmod", "nsubj"})  # "MIT hosted negotiators": MIT
HYPHENS = frozenset({"-", "–"})  # "army-backed", "Soviet-backed": a compound adjective


def modifier_subject(v: Token) -> Token | None:
    """The subject of the past verb ``v`` read as a modifier of its object in a sentence with
    no verb root, or None."""
    if v.dep_ != "amod" or v.tag_ not in PAST_TAGS or v.pos_ != "VERB" or v.i == 0:
        return None
    obj = v.head
    if obj.i < v.i or obj.pos_ not in NOUN_POS or v.doc[v.i - 1].text in HYPHENS:
        return None
    if any(c.i < v.i and c.dep_ in INNER_DEPS for c in obj.children):
        return None
    root = v.sent.root
    if root.pos_ not in NOUN_POS:
        return None
    if root.i < v.i and root.i != obj.i:
        return root
    return next(
        (c for c in obj.children if c.i < v.i and c.dep_ in NAME_DEPS and c.pos_ == "PROPN"), None
    )


def modifier_object(v: Token) -> Token | None:
    """The object of a verb :func:`modifier_subject` reads ("mediated talks": "talks"), or None."""
    return v.head if modifier_subject(v) is not None else None
