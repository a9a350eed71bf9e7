"""Talks that broke down: an event noun of negotiation whose clause says it ended in failure.

"Talks between Iran and the United States collapsed in September", "the summit between Trump
and Kim, which ended abruptly without an agreement": the talks were held, and their parties
halted them (the policy's ``breakdown_code``, CAMEO 164), each towards the other. The noun's
clause is the one it is the subject of (or whose subject is its phase: "the first round of talks
broke down"), or a relative clause on it. Nouns and predicates are ``breakdown_nouns`` and
``breakdown_predicates`` in ``lang/en/grammar.yaml``; a predicate is a verb lemma ("collapse"),
a verb with the particle or preposition that must hang on it ("break down", "end without"), or
with that preposition's object too ("end in failure").
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.dictionary import EventPattern
from multivector.coding.nominals import carrier
from multivector.coding.syntax import NOUN_SUBJECT_DEPS, words

NOUNS = words("breakdown_nouns")
PREDICATES = tuple(tuple(str(p).split()) for p in lang.word_list("breakdown_predicates"))


def _says_broke_down(verb: Token) -> str | None:
    """The breakdown predicate the clause verb ``verb`` fits ("collapse", "end without"), or
    None."""
    lemma = verb.lemma_.lower()
    for words_ in PREDICATES:
        if words_[0] != lemma:
            continue
        if len(words_) == 1:
            return lemma
        for c in verb.children:
            if c.dep_ not in ("prt", "prep", "advmod") or c.lower_ != words_[1]:
                continue
            if len(words_) == 2 or any(
                p.dep_ == "pobj" and p.lemma_.lower() == words_[2] for p in c.children
            ):
                return " ".join(words_)
    return None


def breakdown_clause(noun: Token) -> Token | None:
    """The verb of the clause that says the talks ``noun`` names broke down, or None."""
    if noun.lemma_.lower() not in NOUNS:
        return None
    head = carrier(noun) or noun
    verbs = [c for c in noun.children if c.dep_ == "relcl"]  # "the summit, which ended ..."
    if head.dep_ in NOUN_SUBJECT_DEPS and head.head.i != head.i:
        verbs.insert(0, head.head)
    for verb in verbs:
        if verb.pos_ in ("VERB", "AUX") and _says_broke_down(verb) is not None:
            if verb.dep_ == "relcl" and not any(
                c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children
            ):
                continue  # "the talks that Russia broke up" is another's act
            return verb
    return None


def breakdown(noun: Token, code: str) -> tuple[EventPattern, Token] | None:
    """The pattern of the breakdown of the talks ``noun`` names (CAMEO ``code``, reciprocal:
    the noun's parties towards each other) and the verb of its clause, or None."""
    if not code or (verb := breakdown_clause(noun)) is None:
        return None
    said = _says_broke_down(verb)
    rule = f"breakdowns: {noun.lemma_.lower()} {said}"
    pattern = EventPattern(
        noun.lemma_.lower(), (), code, rule, pos="noun", text=rule, reciprocal=True
    )
    return pattern, verb
