"""Codes one (source, target) pair of an act decides, with the act's verb or pattern.

CAMEO names some acts by who does them to whom, which the verb alone does not say: people
captured or seized by a non-state armed group are abducted (173 -> 181; CAMEO's 173 is legal
action, a state's), a government's protest to another country is an official complaint
(141 -> 114; a demonstration is a crowd's), a state's warning to another country is a threat
(012 -> 130; of force, 1384, when the warned clause names armed force: ``modality.names_force``),
and troops sent by a clause of purpose to guard or protect (074)
with no other party, or within their own country, are the state's forces deployed (154). The
rules are the policy's ``pair_codes`` (``ontology/data/policy.yaml``), the verbs word lists of
``lang/en/grammar.yaml``; ``build.build_events`` asks the recoder of each pair.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spacy.tokens import Token

from multivector.coding.clause_syntax import subject_of
from multivector.coding.dictionary import EventPattern
from multivector.coding.lang import words
from multivector.coding.modality import names_force
from multivector.coding.modality_data import Modality
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

PairCode = Callable[[str, Actor, "Actor | None"], tuple[str, str]]


def _purpose(pattern: EventPattern) -> bool:
    """Whether ``pattern`` names a clause of purpose after its "to" ("send &TROOPS to guard")."""
    return any(r.after_prep == "to" for r in pattern.requirements)


def _place_subject(v: Token) -> bool:
    """Whether the subject of ``v`` is a place's name ("Japan protested"; not "Kenyans")."""
    subject, patient = subject_of(v)
    return subject is not None and not patient and subject.ent_type_ == "GPE"


# the dependents of a warning verb that say what it warns of ("warned that ... would mean war",
# "warned of military action", "warned against an invasion"); not its subject or addressee
WARNED_DEPS = frozenset({"ccomp", "xcomp", "prep", "advcl"})


def _force_code(v: Token, m: Modality, policy: CodingPolicy) -> str | None:
    """The code of a threat of force when what ``v`` warns of names armed force
    (``modality.yaml`` force_words: "warned that any incursion would mean war"), else None."""
    if not m.force_act or not any(
        c.dep_ in WARNED_DEPS and c.i > v.i and names_force(c, m) for c in v.children
    ):
        return None
    return policy.threat_code(m.force_act)


def _applies(
    rule: Mapping[str, Any], v: Token, pattern: EventPattern, source: Actor, target: Actor | None
) -> bool:
    """Whether the pair (``source``, ``target``) of ``v``'s act meets ``rule``'s conditions."""
    if "verbs" in rule and v.lemma_.lower() not in words(str(rule["verbs"])):
        return False
    if rule.get("purpose") and not _purpose(pattern):
        return False
    if rule.get("home") and target is not None and target.code[:3] != source.code[:3]:
        return False
    if rule.get("abroad") and (target is None or target.code[:3] == source.code[:3]):
        return False
    if "agents" in rule:
        agent = source.code[3:6] if len(source.code) >= 6 else ""
        if agent not in rule["agents"] and not (
            rule.get("state_subject") and len(source.code) == 3 and _place_subject(v)
        ):
            return False
    return True


def pair_recoder(
    v: Token, pattern: EventPattern, policy: CodingPolicy, modality: Modality
) -> PairCode | None:
    """The recoder of the pairs of ``v``'s act matched by ``pattern``: (code, source, target) ->
    (code, rule mark), by ``policy``'s ``pair_codes`` table; None when no rule can apply. A rule
    marked ``force`` makes a warning of armed force (``modality``'s force words) a threat of it."""
    rules = [(name, r) for name, r in policy.pair_codes.items() if r.get("codes")]
    if not rules:
        return None

    def recode(code: str, source: Actor, target: Actor | None) -> tuple[str, str]:
        for name, rule in rules:
            new = rule["codes"].get(code)
            if new is not None and _applies(rule, v, pattern, source, target):
                if rule.get("force") and (force := _force_code(v, modality, policy)) is not None:
                    return force, f" +{name} +force"
                return str(new), f" +{name}"
        return code, ""

    return recode
