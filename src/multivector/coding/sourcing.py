"""Sources of a passive act whose clause names no doer.

Tried in order, for an agentless passive ("the ban would not be lifted", "talks between A and B
were postponed", "exercises with X were held", "was arrested in Minsk"):

1. the speaker who announced an intention or refusal ("said the ban would not be lifted");
2. the parties an event noun of the subject names ("talks between A and B"), or relations
   restored by no one named: the sides of the story's latest cut (:mod:`~multivector.coding.ties`);
3. for a joint act, the party named with "with" and the story's focus country
   (:func:`~multivector.coding.implicit.story_parties`);
4. for an act that undoes its doer's own earlier act (the policy's ``undoes``: "the UN
   sanctions were lifted"), the doer the subject's event noun names (:func:`undone_owner`);
   for an act a state does with its own forces (the policy's ``is_own_force_act``), the forces
   of a named country that are the passive's subject ("Indian troops were placed on alert");
5. for an act only states do (the policy's ``state_is_source``), the state of jurisdiction
   (:mod:`~multivector.coding.jurisdiction`): the state of a place the clause names, else the
   story's focus country when it is not the patient itself;
6. for an act of war on one country's people or forces, the other side of the story's latest
   act of war with that country (:mod:`~multivector.coding.war_victims`);
7. for an act that undoes an earlier one (a release undoes a detention), the one captor the
   story told doing it (:mod:`~multivector.coding.releases`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date as Date

from spacy.tokens import Token

from multivector.coding import lang, nominals
from multivector.coding.arguments import FORCE_AGENTS, ArgumentFinder
from multivector.coding.dictionary import EventPattern
from multivector.coding.implicit import story_parties
from multivector.coding.jurisdiction import jurisdiction
from multivector.coding.modality import Modality, announcer
from multivector.coding.phrases import PhraseResolver
from multivector.coding.predicates import Match
from multivector.coding.releases import undoer
from multivector.coding.state import DocumentState
from multivector.coding.ties import restored_parties
from multivector.coding.token_index import of_objects
from multivector.coding.war_victims import enemy_doer
from multivector.coding.wordclass import lemma_in
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

LEGAL_CHARGE_VERBS = lang.words("legal_charge_verbs")
UNNAMED_KILLING_VERBS = lang.words("unnamed_killing_verbs")


def passive_sources(
    v: Token,
    match: Match,
    state: DocumentState,
    when: Date | None,
    *,
    arguments: ArgumentFinder,
    phrases: PhraseResolver,
    modality: Modality,
    nouns: dict[str, list[EventPattern]],
    victims: frozenset[str],
    policy: CodingPolicy,
    noun: bool,
    announced: bool,
    intent: bool,
    forced: bool,
) -> tuple[list[Actor], str | None]:
    """The doers of the agentless passive ``v`` and how they were found: "parties" (step 2:
    the parties act on each other), "state" (step 4: the rule says ``+state source``), else
    None."""
    pattern = match.pattern
    if announced and not forced and (speaker := announcer(v, modality)) is not None:
        sources, _subj, _ = arguments.sources(speaker, state, when, False)
        if sources:
            return sources, None
    if not noun:
        if parties := nominals.passive_parties(v, nouns, phrases, state, when):
            return parties, "parties"
        if parties := restored_parties(v, pattern.code, state, when, phrases, policy):
            return parties, "parties"  # "ties were restored in 1990"
        if not intent and pattern.reciprocal:
            focus = phrases.focus(v, state)
            resolve = lambda t: phrases.resolve(t, state, when, "target")  # noqa: E731
            if parties := story_parties(v, state, focus, resolve):
                return parties, None
    if not noun and policy.undoes(pattern.code) and (
        owner := undone_owner(v, state, when, arguments, nouns, policy)
    ):
        return owner, None  # "the UN sanctions were lifted": the UN (nosource26)
    if policy.is_own_force_act(pattern.code) and (forces := own_forces(v, state, when, phrases)):
        return forces, None
    if policy.state_is_source(pattern.code):
        sources = state_source(v, match, state, when, arguments, phrases)
        if sources:
            return sources, "state"
    if not noun and (court := legal_charge_court(v, pattern.code, policy)) is not None:
        # "were charged with murder": the courts of the state of jurisdiction (passive27)
        sources = state_source(v, match, state, when, arguments, phrases)
        if sources:
            return [replace(a, code=a.code[:3] + court) for a in sources], "state"
    if not noun and (enemy := enemy_doer(v, pattern.code, state, when, phrases, policy)):
        return enemy, "state"  # "twenty Indian soldiers were killed": the enemy of India
    undone = policy.undone_codes(pattern.code)
    if not noun and undone and (held_by := undoer(v, undone, state, when, phrases)):
        return held_by, None  # "five of them were later released": their captors (nosource26)
    if not noun and unnamed_killing(v, pattern.code, policy, victims):
        # "Romero was shot dead on Monday", "dozens of civilians were massacred": killers the
        # text does not name, of the place (or the story's country; of no country, none)
        doer = phrases.generic_actor(v, policy.unnamed_attacker_agent, state, when)
        return ([doer] if doer.country else []), None
    return [], None


def unnamed_killing(v: Token, code: str, policy: CodingPolicy, victims: frozenset[str]) -> bool:
    """Whether the agentless passive ``v`` is violence (``unnamed_killing_verbs``, a code of
    the policy's ``unnamed_doer_codes``) on unarmed people or a named person whose doers the
    text leaves unnamed (``victims``: :func:`mass_killings.victim_words`). Not a killing told as what another clause's act did ("were killed when aircraft bombed
    the town"), one with a "by" phrase anywhere in its clause, nor one told in a relative
    clause ("the bombing in which two soldiers were killed")."""
    if not (policy.unnamed_doer(code) and v.lemma_.lower() in UNNAMED_KILLING_VERBS):
        return False
    if v.dep_ == "relcl" or any(a.dep_ == "relcl" for a in v.ancestors):
        return False
    if any(c.dep_ == "advcl" and any(k.dep_ == "nsubj" for k in c.children) for c in v.children):
        return False
    if any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in v.subtree):
        return False
    return any(  # the subject, or what it counts ("dozens of civilians")
        s.dep_ == "nsubjpass"
        and (s.ent_type_ == "PERSON" or any(lemma_in(w, victims) for w in (s, *of_objects(s))))
        for s in v.children
    )


def undone_owner(
    v: Token,
    state: DocumentState,
    when: Date | None,
    arguments: ArgumentFinder,
    nouns: dict[str, list[EventPattern]],
    policy: CodingPolicy,
) -> list[Actor]:
    """The doer of the act the subject of the agentless passive undoing ``v`` names ("the UN
    sanctions were lifted", "the Israeli blockade was eased": an actor undoes its own act):
    the event noun's own doer, named in its phrase; or []. (A bare "the sanctions were
    lifted" is left alone: the doer of the earlier act it refers to was measured no better
    than a guess on unseen text.)"""
    for subj in (c for c in v.children if c.dep_ == "nsubjpass"):
        acts = nouns.get(subj.lemma_.lower(), [])
        if not acts or any(policy.undoes(p.code) for p in acts):
            continue  # "the withdrawal was completed": no act undone, the noun's own told
        found, _t, _p = arguments.sources(subj, state, when, True)
        if found:
            return found
    return []


def legal_charge_court(v: Token, code: str, policy: CodingPolicy) -> str | None:
    """The agent code of the organ that took the agentless legal charge ``v`` coded as an
    accusation of ``code`` ("was charged with espionage": ``JUD``, whose charge is 173), or
    None (no verb of ``legal_charge_verbs``, or an accusation that stays verbal)."""
    agent = policy.legal_charge_agent
    if agent is None or v.lemma_.lower() not in LEGAL_CHARGE_VERBS:
        return None
    return agent if policy.agent_code(code, "---" + agent) != code else None


def own_forces(
    v: Token, state: DocumentState, when: Date | None, phrases: PhraseResolver
) -> list[Actor]:
    """The forces of a named country that are the subject of the agentless passive ``v``
    ("Indian troops were placed on alert": INDMIL), or [] (no subject, or one that is not a
    country's armed force or police)."""
    return [
        a
        for c in v.children
        if c.dep_ == "nsubjpass"
        for a in phrases.resolve(c, state, when, "target")
        if (country := a.country or (a.code[:3] if a.kind == "organization" else None))
        and a.code[len(country) :] in FORCE_AGENTS  # a named state force: "the Sixth Fleet"
    ]


def state_source(
    v: Token,
    match: Match,
    state: DocumentState,
    when: Date | None,
    arguments: ArgumentFinder,
    phrases: PhraseResolver,
) -> list[Actor]:
    """The state behind an agentless passive act only states do ("was arrested in Minsk"):
    its state of jurisdiction (:func:`~multivector.coding.jurisdiction.jurisdiction`: the
    country of a place of the clause, else the story's focus country), or []."""
    patients, _, _ = arguments.targets(v, match, state, when, set(), True)
    found = jurisdiction(v, patients, state, when, phrases)
    return [found] if found is not None else []
