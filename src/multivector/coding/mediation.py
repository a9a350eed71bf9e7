"""The sides of a mediation that names none, and its doer named only by a hyphened modifier.

"Chile and Peru signed an agreement brokered by Brazil", "a truce mediated by Norway", "settled
the dispute through the mediation of the UN", "accepted a Russian-brokered ceasefire": the
mediator (045) acts on the parties of the act the mediation served, not on no one. Those are
the parties the served noun names ("talks between A and B"), else the subjects of the clause
whose object that noun is, or whose circumstance phrase the mediation noun heads, with the
"with" partners of that clause (policy ``mediation_codes``; the nouns and prepositions of the
circumstance phrase are ``mediation_nouns`` and ``mediation_prepositions`` in
``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.arguments import ArgumentFinder
from multivector.coding.nominals import noun_parties
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.model import Actor

MEDIATION_NOUNS = words("mediation_nouns")
MEDIATION_PREPOSITIONS = words("mediation_prepositions")


def in_context(noun: Token) -> bool:
    """A mediation noun heading a circumstance phrase ("through the mediation of X")."""
    prep = noun.head
    return (
        noun.lemma_.lower() in MEDIATION_NOUNS
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in MEDIATION_PREPOSITIONS
    )


def hyphen_doers(v: Token, args: ArgumentFinder, state: DocumentState, when) -> list[Actor]:
    """The mediator of a hyphened participle ("a Russian-brokered ceasefire"), or []."""
    if v.dep_ != "amod" or v.tag_ != "VBN":
        return []
    for c in v.children:
        if c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < v.i:
            if found := args.phrases.resolve(c, state, when, role="source"):
                return found
    return []


def _clause_parties(
    verb: Token, args: ArgumentFinder, state: DocumentState, when
) -> list[Actor]:
    """The subjects of ``verb`` (or the parties of its passive subject noun, else that subject
    itself) and its "with" partners (of the verb or of its object)."""
    found = list(args.sources(verb, state, when, False)[0])
    for s in verb.children:
        if s.dep_ == "nsubjpass" and not found:
            # defence24: with no parties of its own, the passive subject the mediated act was
            # done to is one ("two Chilean sailors were freed through Peru's mediation": Chile)
            found = noun_parties(s, args.phrases, state, when) or args.phrases.resolve(
                s, state, when, role="target"
            )
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for p in prep.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() not in MEDIATION_NOUNS:
                        found += args.phrases.resolve(p, state, when, role="target")
    return found


def sides(
    v: Token, args: ArgumentFinder, state: DocumentState, when, exclude: set[str]
) -> list[Actor]:
    """The parties a mediation predicate ``v`` with no target mediates between, or []."""
    found: list[Actor] = []
    if v.dep_ in ("acl", "amod") and v.head.pos_ in ("NOUN", "PROPN"):
        served = v.head  # "an agreement brokered by Qatar", "a US-brokered truce"
        found = noun_parties(served, args.phrases, state, when)
        verb = served.head
        if served.dep_ == "pobj" and verb.dep_ == "prep":  # "agreed to a US-brokered truce"
            verb = verb.head
        if not found and served.dep_ in ("dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
            found = _clause_parties(verb, args, state, when)
    elif in_context(v):  # "settled through the mediation of Brazil"
        head = v.head.head
        if head.pos_ in ("VERB", "AUX"):
            found = _clause_parties(head, args, state, when)
    kept: dict[str, Actor] = {}
    for a in found:
        if a.code not in exclude and (a.country or a.code) not in exclude:
            kept.setdefault(a.code, a)
    return list(kept.values())
