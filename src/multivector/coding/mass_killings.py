"""Killings of many civilians: a killing of at least ``mass_killing_min`` (policy) unarmed
people is a mass killing, CAMEO 202, not the conventional force of 190.

The count is read from the object phrase: a number ("at least 70 people", "an estimated 1,400
civilians", "some five thousand civilians": a number word times its multiplier) or a counting
noun with its "of" phrase ("hundreds of villagers", "tens of thousands of Ugandans": counts
multiplied down the chain); the victims are the object and its conjuncts ("8,000 Muslim men
and boys"), at least one of them a civilian noun.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.dates import NUMBER_WORDS
from multivector.coding.predicates import Match
from multivector.coding.syntax import coordinated, direct_objects, lemma_in, words
from multivector.ontology.policy import CodingPolicy

KILLING_VERBS = words("killing_verbs")
MASS_COUNT_NOUNS = {str(w): int(n) for w, n in lang.entry("mass_count_nouns").items()}
VICTIM_NOUNS = words("mass_killing_victims")


def _number(tok: Token) -> int:
    """The value of a number token: digits ("8,000"), a word ("five"), or a word and a
    multiplier the parser hung on one another ("five thousand", "five dozen": 5 x 1000, 5 x 12)."""
    digits = tok.text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    lemma = tok.lemma_.lower()
    value = NUMBER_WORDS.get(tok.lower_) or MASS_COUNT_NOUNS.get(lemma, 0)
    for c in tok.children:
        if c.dep_ in ("compound", "nummod", "quantmod") and (
            lemma in MASS_COUNT_NOUNS or c.lemma_.lower() in MASS_COUNT_NOUNS
        ):
            if (m := _number(c)) > 1:
                return value * m
    return value


def counted(noun: Token) -> int:
    """How many people a noun phrase counts: "at least 70 people" 70, "an estimated 1,400
    civilians" 1400, "three villagers" 3; 0 when it names no number."""
    for c in noun.children:
        if c.dep_ == "nummod":
            return _number(c)
    return 0


def _victims(o: Token) -> tuple[list[Token], int]:
    """The victims an object names and how many: a counting noun's "of" phrase, followed down
    a chain of counting nouns ("tens of thousands of Ugandans": 10 x 1000; a bare plural, at
    least two: "dozens of villagers" 24), else the object and its conjuncts with the object's
    number."""
    n = 1
    while o.lemma_.lower() in MASS_COUNT_NOUNS:
        n *= MASS_COUNT_NOUNS[o.lemma_.lower()]
        for c in o.children:  # "tens of thousands": "tens" a modifier of "thousands"
            if c.dep_ in ("nummod", "quantmod") and (m := _number(c)) > 1:
                n *= m
                break
        else:
            if o.tag_ == "NNS":  # "dozens of villagers": at least two dozen
                n *= 2
        inner = [p for prep in o.children if prep.lower_ == "of" for p in prep.children]
        if not inner:
            return [], 0
        o = inner[0]
    return coordinated(o), (n if n > 1 else counted(o))


def victim_words(classes: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The words of unarmed victims: the dictionary's civilians and peoples (its word
    ``classes`` CIVILIAN and PEOPLE_GROUP) and ``mass_killing_victims``."""
    return (
        classes.get("CIVILIAN", frozenset())
        | classes.get("PEOPLE_GROUP", frozenset())
        | VICTIM_NOUNS
    )


def mass_killing(v: Token, match: Match, policy: CodingPolicy, civilians: frozenset[str]) -> Match:
    """A killing of at least ``policy.mass_killing_min`` victims (nouns of ``civilians``,
    :func:`victim_words`) is a mass killing: "gangs killed at least 70 people" 190 -> 202,
    "hundreds of villagers"."""
    code = match.pattern.code
    if code not in policy.mass_killing_codes or v.lemma_.lower() not in KILLING_VERBS:
        return match
    for o in direct_objects(v):
        victims, n = _victims(o)
        if n >= policy.mass_killing_min and any(lemma_in(w, civilians) for w in victims):
            rule = f"{match.pattern.rule} +mass killing '{o.text}'"
            new = replace(match.pattern, code=policy.mass_killing_code, rule=rule)
            return Match(new, match.objects, match.preps)
    return match
