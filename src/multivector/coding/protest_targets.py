"""The target a protest names in a participle beside it.

"Thousands rallied in the Plaza de Mayo, chanting against Britain and the United States";
"mourners marched through Jaffna accusing India of betraying the Tamils", "rallied to condemn
the Saudi rulers": a protest (roots
``mission_site_roots`` of ``lang/en/words.yaml``) that names no actor target is aimed at the
foreign actor its participle adjunct speaks against (the object or the "against"/"at" phrase
of a verb in ``protest_adjunct_verbs``, a participle or a "to" infinitive), not at the
protesters' own country, nor at the place the protest is in.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding.syntax import infinitive, words
from multivector.coding.war_victims import from_context
from multivector.model import Actor

ADJUNCT_VERBS = words("protest_adjunct_verbs")
ADJUNCT_PREPS = words("protest_adjunct_prepositions")


def adjunct_targets(
    v: Token, resolve: Callable[[Token], list[Actor]], exclude: set[str]
) -> list[Actor]:
    """The actors the participle beside the protest ``v`` speaks against, or []: a participle
    clause of the verb, or one the parser hung on the place of the protest ("marched through
    Jaffna accusing India")."""
    places = [p for prep in v.children if prep.dep_ == "prep" for p in prep.children]
    participles = [c for c in v.children if c.dep_ in ("advcl", "xcomp")] + [
        c for p in places if p.dep_ == "pobj" for c in p.children if c.dep_ == "acl"
    ]
    for c in participles:
        if c.tag_ != "VBG" and not infinitive(c):
            continue  # "chanting slogans against Spain", "rallied to condemn the Saudi rulers"
        if c.lemma_.lower() not in ADJUNCT_VERBS:
            continue
        objects = [o for o in c.children if o.dep_ == "dobj"]
        heads = objects + [
            p
            for h in (c, *objects)  # "chanting slogans against Spain"
            for prep in h.children
            if prep.dep_ == "prep" and prep.lower_ in ADJUNCT_PREPS
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        found = [  # not "the government's policy" read as the story's focus country's
            a
            for h in heads
            for a in resolve(h)
            if (a.country or a.code) not in exclude and not from_context(a)
        ]
        if found:
            return found
    return []
