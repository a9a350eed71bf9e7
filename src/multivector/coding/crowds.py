"""Acts coded by the kind of their subject: an attack by aircraft is aerial, an assault on
property by a crowd is a riot.

"Military jets bombed villages" (190 -> 195, ``aerial_codes`` of the policy); "crowds set fire
to the town hall", "rioters stormed the ministry", "mobs looted shops" (1712, 190, 1711 -> 145,
``riot_codes``): CAMEO codes a demonstration turned destructive as violent protest, not as the
property destruction or military force of an armed actor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Token

from multivector.coding.clause_syntax import subject_of
from multivector.coding.lang import words
from multivector.coding.predicates import Match, aerial
from multivector.ontology.policy import CodingPolicy

RIOTERS = words("rioter_nouns")
ARMED = words("armed_crowd_modifiers")
QUANTITIES = words("crowd_quantity_nouns")


def rioters(s: Token) -> bool:
    """Whether the noun ``s`` names a crowd, a mob, rioters or protesters (not an armed one:
    "armed mobs burned homes" is the violence of an armed group), also by a number of them
    ("hundreds of protesters")."""
    lemma = s.lemma_.lower()
    if any(c.lower_ in ARMED for c in s.children if c.dep_ == "amod"):
        return False
    if lemma in RIOTERS or s.lower_.removesuffix("s") in RIOTERS:  # "mobs" tagged a name
        return True
    counted = [o for p in s.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if lemma in QUANTITIES and counted:  # "thousands of protesters", "a group of supporters"
        return rioters(counted[0])
    return any(f"{c.lower_} {lemma}" in RIOTERS for c in s.children if c.dep_ == "amod")


def riot(v: Token, match: Match, riot_codes: Mapping[str, str]) -> Match:
    """An assault on property whose (active) subject is a crowd is a riot (``riot_codes``)."""
    code = match.pattern.code
    if code not in riot_codes:
        return match
    subject, patient = subject_of(v)
    if subject is None or patient or not rioters(subject):
        return match
    rule = f"{match.pattern.rule} +riot subject '{subject.text}'"
    new = riot_codes[code]
    return Match(replace(match.pattern, code=new, rule=rule), match.objects, match.preps)


def by_subject(v: Token, match: Match, policy: CodingPolicy) -> Match:
    """``match`` re-coded by its subject's kind: aerial, else a riot; else as it was."""
    refined = aerial(v, match, policy.aerial_codes)
    if refined is not match:
        return refined
    return riot(v, match, policy.riot_codes)
