"""Verbs that carry an act named by a noun: the noun's patterns code the act, with the verb's
subject as its source and the verb's modality.

A light verb's object ("staged a sit-in", "undertook a mediation mission"), a response verb's
"with" phrase ("answered with a ban on imports"), a joining verb's "in" phrase ("joined the
Americans in a formal protest") and the act a copula attributes ("the army was responsible for
the massacre") are such nouns. The word lists are language data (``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from multivector.coding.syntax import STATEMENT_NOUNS, is_time_phrase, words

LIGHT_VERBS = words("light_verbs")
RESPONSE_VERBS = words("response_verbs")
JOINING_VERBS = words("joining_verbs")
ATTRIBUTION_ADJECTIVES = words("attribution_adjectives")


def light_verb(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb whose object is the event noun ``noun`` ("staged a sit-in", "undertook a
    mediation mission": the noun may modify the object), the response verb whose "with"
    phrase it heads ("answered with a ban": ``response_verbs``) or the joining verb whose "in"
    phrase it heads ("joined the Americans in a protest": ``joining_verbs``), or None."""
    obj = noun.head if noun.dep_ == "compound" else noun
    if obj.dep_ == "pobj" and obj.head.lower_ == "with" and obj.head.dep_ == "prep":
        verb = obj.head.head  # "answered with a ban on imports": a response's act
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in RESPONSE_VERBS else None
    if (joining := joined_in(obj)) is not None:
        return joining  # "joined the Americans in a formal protest"
    if obj.dep_ != "dobj":
        return None
    verb = obj.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in light_verbs:
        return None
    if any(c.dep_ in ("dobj", "oprd") and c.i != obj.i for c in verb.children):
        return None  # a small clause, "made recognition of X the main test": no light verb
    return verb


def joined_in(noun: Token) -> Token | None:
    """The joining verb whose "in" phrase ``noun`` heads ("joined Mrs May in a statement"),
    or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in JOINING_VERBS else None


def joined_objects(verb: Token) -> list[Token]:
    """The direct objects of the joining verb ``verb`` (their conjuncts are resolved with
    them), those it joins in an act ("joined the Americans in a protest"); none when it is no
    joining verb or has no "in" phrase ("joined NATO")."""
    if verb.lemma_.lower() not in JOINING_VERBS or not _in_phrases(verb):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def joins_in_act(verb: Token, event_nouns: frozenset[str], coded: Callable[[Token], bool]) -> bool:
    """Whether the joining verb ``verb`` is joined in an act its "in" phrase names: a gerund
    with a pattern of its own (``coded``: "joined the United States in imposing sanctions"), an
    event noun ("in a formal protest", "in a mediation effort") or a statement ("joined Mrs May
    in a statement condemning ..."), not a time or a place ("joined NATO in March 1999", "joins
    NATO after twenty months in the waiting room"): the act is coded on its own word, and
    joining a person or a state in it is no agreement. A gerund no pattern codes ("joined
    Thailand in founding ASEAN") leaves the joining its own reading."""
    if verb.lemma_.lower() not in JOINING_VERBS:
        return False
    for prep in _in_phrases(verb):
        for obj in prep.children:
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return coded(obj)
    return any(
        n.lemma_.lower() in event_nouns or n.lemma_.lower() in STATEMENT_NOUNS
        for n in carried_nouns(verb)
    )


def _in_phrases(verb: Token) -> list[Token]:
    """The "in" phrases of ``verb`` that name no time ("in a protest", not "in March 1999")."""
    return [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and not is_time_phrase(c)
    ]


def carried_nouns(verb: Token) -> Iterator[Token]:
    """The nouns that may name the act of ``verb`` as a light or joining verb: a light verb's
    direct objects and their compounds ("a mediation mission"); a joining verb's object of its
    "in" phrase and that object's compounds ("joined X in a protest", not "join sanctions")."""
    lemma = verb.lemma_.lower()
    nouns: list[Token] = []
    if lemma in LIGHT_VERBS:
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma in JOINING_VERBS:
        nouns = [c for p in _in_phrases(verb) for c in p.children if c.dep_ == "pobj"]
    for noun in nouns:
        yield noun
        yield from (c for c in noun.children if c.dep_ == "compound")


def attributing_verb(noun: Token) -> Token | None:
    """The copula that attributes the event noun ``noun`` to its subject ("the army was
    responsible for the massacre", "rebels were guilty of an attack"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    adj = prep.head
    if adj.lemma_.lower() not in ATTRIBUTION_ADJECTIVES or adj.dep_ != "acomp":
        return None
    return adj.head if adj.head.pos_ in ("AUX", "VERB") else None
