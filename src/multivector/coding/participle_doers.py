"""The doer of an act named by a present participle that modifies a noun.

A participle hung on a noun ("North Korean troops fighting alongside Russian units", "residents
blocking the road", "dispatched relief planes carrying food to Port Sudan") has no subject of its
own in the parse. Its doer is the noun it modifies, when that noun names an actor ("North Korean
troops": North Korea's army); else, when that noun is the direct object of a verb ("planes" of
"dispatched", "flights" of "flew"), the doer of that verb, who sends the vehicle or the goods
("Egypt dispatched relief planes carrying food": Egypt; ``carrier_nouns`` in
``lang/en/grammar.yaml``). A participle that only places its noun's people ("survivors arriving
in Teknaf": ``placing_participles``) names no act of theirs. Only for the sources of an act, and only
when nothing else gave one (:mod:`~multivector.coding.participants`).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

PRESENT_PARTICIPLE = "VBG"
CARRIER_NOUNS = lang.words("carrier_nouns")
CARGO_VERBS = lang.words("cargo_verbs")
CARGO_PREPS = lang.words("cargo_prepositions")
DISPATCH_VERBS = lang.words("dispatch_verbs")
PLACING_PARTICIPLES = lang.words("placing_participles")


def participle_head(v: Token) -> Token | None:
    """The noun the present participle ``v`` modifies ("troops" in "troops fighting
    alongside"), or None (``v`` is no such participle)."""
    if v.dep_ != "acl" or v.tag_ != PRESENT_PARTICIPLE:
        return None
    if v.lemma_.lower() in PLACING_PARTICIPLES:  # "survivors arriving in Teknaf": where they are
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
        return None  # a clause of its own
    head = v.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def carrier_verb(noun: Token) -> Token | None:
    """The verb the vehicle ``noun`` is the direct object of ("dispatched" for "planes" in
    "dispatched relief planes carrying food"), or None (not a vehicle: ``carrier_nouns``)."""
    if noun.lemma_.lower() not in CARRIER_NOUNS:
        return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    return None


def cargo_of(noun: Token) -> list[Token]:
    """What the vehicle ``noun`` carries: the objects of its "carrying" participle or "with"
    phrase ("aircraft carrying medical supplies": supplies), with their conjuncts; else []."""
    if noun.lemma_.lower() not in CARRIER_NOUNS:
        return []
    return _carried(noun, participles=True)


def _carried(head: Token, participles: bool) -> list[Token]:
    """The objects, with their conjuncts, of ``head``'s "with" phrases (``cargo_prepositions``)
    and, with ``participles``, of its "carrying" participles (``cargo_verbs``)."""
    found = [
        o
        for c in head.children
        if (participles and c.dep_ == "acl" and c.lemma_.lower() in CARGO_VERBS)
        or (c.dep_ == "prep" and c.lower_ in CARGO_PREPS)
        for o in c.children
        if o.dep_ in ("dobj", "pobj")
    ]
    return [t for o in found for t in (o, *o.conjuncts)]


def sent_cargo(v: Token, objects: list[Token]) -> list[Token]:
    """What the verb ``v`` sends in the vehicles among its ``objects``: each vehicle's cargo
    (:func:`cargo_of`), or the verb's own "with" phrase the parser hung on it ("sent a military
    aircraft with food and water to": food, water); [] when no object is a vehicle or ``v``
    sends none (``dispatch_verbs``)."""
    if v.lemma_.lower() not in DISPATCH_VERBS:
        return []
    found: list[Token] = []
    for o in objects:
        if o.lemma_.lower() in CARRIER_NOUNS:
            found += cargo_of(o) or _carried(v, participles=False)
    return list(dict.fromkeys(t for t in found if t not in objects))
