"""The participants of a matched predicate: who acts (sources) and on whom (targets).

The sources come, in order, from the clause's subject (or a light verb's), an event noun's
doers ("the visit of X to Y"), a mediation's hyphened doer ("US-brokered"), the parties a
reciprocal noun names ("talks between Chile and Peru") or the sides of the story's war, a
quoted speaker ("'We ...,' he said"), the converse reading ("drew criticism from Paris"), and
for an agentless passive :func:`~multivector.coding.sourcing.passive_sources`. The targets come
from the argument finder, a mediation's sides, and for force used on a place that place's
country. :class:`~multivector.coding.events.EventExtractor` calls these two in turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding import claims, mediation, nominals, participle_events
from multivector.coding.carriers import joined_objects
from multivector.coding.contacts import contacted
from multivector.coding.coref import as_country
from multivector.coding.dictionary import EventPattern
from multivector.coding.modality import quoted_speaker
from multivector.coding.offices import office_owner
from multivector.coding.orders import ordering_governor
from multivector.coding.participle_doers import carrier_verb, participle_head
from multivector.coding.predicates import Match, converse_parties, instrument_kind
from multivector.coding.settlement_sides import settlement_sides
from multivector.coding.sourcing import passive_sources
from multivector.coding.state import DocumentState, unmade_outcome
from multivector.coding.syntax import words
from multivector.coding.war_parties import war_sides
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.events import EventExtractor

SHARED_ACT_NOUNS = words("shared_act_nouns")
CARRYING_VERBS = words("carrying_verbs")  # "was flown to Lima": carried (passive27)


#: How :func:`find_sources` says that it found no source (the end of its answer).
NO_SOURCE_FOUND = "no source actor found"


@dataclass
class Participants:
    """The sources of an act, and what the choice of sources implies for its targets."""

    sources: list[Actor]
    passive: bool = False
    parties: list[Actor] = field(default_factory=list)  # the sides of a reciprocal act
    converse: bool = False
    acted_on: list[Actor] = field(default_factory=list)  # the converse reading's targets
    implicit: bool = False  # the state named by the place, not by the clause


def find_sources(
    ex: EventExtractor,
    v: Token,
    light: Token | None,
    noun: bool,
    match: Match,
    sentence_id: int,
    state: DocumentState,
    when: Date,
    *,
    intent: bool,
    refused: bool,
    forced: EventPattern | None,
) -> Participants | str:
    """The sources of ``v``'s act (matched as ``match``), or why there are none (a trace
    outcome)."""
    args, policy, pattern = ex.arguments, ex.policy, match.pattern
    if light is not None:  # "Egypt launched a mediation effort": the verb's subject
        sources, _subj, passive = args.sources(light, state, when, False)
        if not sources:
            sources, _subj, passive = args.sources(v, state, when, True)
        # "joined the Americans in a formal protest": those joined do the act too
        joined = [
            a for t in joined_objects(light) for a in ex.phrases.resolve(t, state, when, "source")
        ]
        sources = sources + [a for a in joined if a.code not in {s.code for s in sources}]
    else:
        joined = []
        sources, _subj, passive = args.sources(v, state, when, noun)
        if not sources and not passive and _subj is not None and not noun:
            # "specialists sent by the Secretary-General examined the sites": the sender's act
            sources = [
                a
                for t in participle_events.sender(_subj)
                for a in ex.phrases.resolve(t, state, when, role="source")
            ]
    if not noun and (order := ordering_governor(v)) is not None:  # "X ordered its troops to"
        sources = args.sources(order, state, when, False)[0] or sources
    if noun and not sources and not light:  # "the visit of X to Y", "during talks with X, Y"
        sources = nominals.doers(v, pattern.code, args, state, when)
    if not sources and not noun and pattern.code in policy.mediation_codes:  # "US-brokered"
        sources = mediation.hyphen_doers(v, args, state, when)
    parties = (
        nominals.noun_parties(v, ex.phrases, state, when)
        if noun and light is None and pattern.reciprocal
        else []
    )
    if noun and joined and len(sources) > 1 and pattern.reciprocal:
        parties = sources  # "French warships joined Greek units in an exercise": each other
    if noun and not parties and pattern.reciprocal and not pattern.requirements:
        parties = war_sides(v, pattern.code, sentence_id, state, policy)  # "fighting resumed"
        # "a ceasefire took effect in January": the sides of the war or talks just reported
        parties = parties or settlement_sides(v, pattern.code, sentence_id, state, policy)
    if parties:  # "talks between Chile and Peru", "Kyrgyz-Tajik talks": each other
        sources = parties
    elif noun and pattern.reciprocal and not pattern.requirements:
        return unmade_outcome(pattern.rule, "a reciprocal event noun names no two parties")
    if (speaker := quoted_speaker(v, ex.modality)) is not None:
        sources, _subj, _ = args.sources(speaker, state, when, False)  # "'We ...,' he said"
    converse = pattern.converse and not noun
    acted_on: list[Actor] = []
    if converse:  # "the move drew criticism from Paris": Paris acts on the move's author
        sources, acted_on = converse_parties(
            v,
            match,
            lambda t, role: ex.phrases.resolve(t, state, when, role=role),
            lambda t: args.event_antecedent(t, state, set()),
        )
    carried = v.lemma_.lower() in CARRYING_VERBS
    if passive and not noun and carried and policy.carries_patient(pattern.code):
        # "was flown to Lima by the police": the patient was carried, no one visited (passive27)
        return unmade_outcome(pattern.rule, "in the passive the patient is carried, not a visitor")
    implicit = False
    if not sources and not noun and (stray := participle_events.stray_agents(v)):
        # "the agreements signed on 5 May by A and B": "by A" hung on "May" by the parser
        sources = [a for t in stray for a in ex.phrases.resolve(t, state, when, role="source")]
    if not sources and passive:  # "said the ban would not be lifted", "X was arrested"
        sources, how = passive_sources(
            v,
            match,
            state,
            when,
            arguments=args,
            phrases=ex.phrases,
            modality=ex.modality,
            nouns=ex.dictionaries.events.nouns,
            victims=ex.victims,
            policy=policy,
            noun=noun,
            announced=intent or refused,
            intent=intent,
            forced=forced is not None,
        )
        parties = sources if how == "parties" else parties
        implicit = how == "state"
    if not sources and not noun and (owner := office_owner(v)) is not None:
        sources = ex.phrases.resolve(owner, state, when, role="source")  # "her office opened"
    if not sources and not noun and (head := participle_head(v)) is not None:
        # "North Korean troops fighting alongside", "dispatched planes carrying food to"
        sources = ex.phrases.resolve(head, state, when, role="source")
        if not sources and (carrier := carrier_verb(head)) is not None:
            sources = args.sources(carrier, state, when, False)[0]
    if not sources and not noun and (bomb := unnamed_attacker(v, pattern.code, ex)) is not None:
        # "a roadside bomb killed three soldiers": an unnamed attacker of the place
        sources = [ex.phrases.generic_actor(bomb, policy.unnamed_attacker_agent, state, when)]
    if not sources:
        return unmade_outcome(pattern.rule, NO_SOURCE_FOUND)
    return Participants(sources, passive, parties, converse, acted_on, implicit)


def unnamed_attacker(v: Token, code: str, ex: EventExtractor) -> Token | None:
    """The instrument word of a bombing whose clause names no doer ("a roadside bomb killed",
    "were killed in a car bomb explosion"), when the policy gives such acts an unnamed attacker
    (``unnamed_attacker_kinds``), or None."""
    found = instrument_kind(v)
    if found is None or not ex.policy.unnamed_attacker(code, found[0]):
        return None
    return found[1]


def shared_act(v: Token, objects: list[Token]) -> bool:
    """Whether ``v``'s object names an act or bond two parties share ("postponed their
    meeting", "welcomed their resumption of ties", "took their dispute to the court":
    ``shared_act_nouns`` in ``lang/en/grammar.yaml``), whose parties are each other's."""
    held = [*objects, *(c for c in v.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(t.lemma_.lower() in SHARED_ACT_NOUNS for o in held for t in o.subtree)


def find_targets(
    ex: EventExtractor,
    v: Token,
    light: Token | None,
    noun: bool,
    match: Match,
    found: Participants,
    state: DocumentState,
    when: Date,
) -> tuple[list[Actor], bool]:
    """The targets of ``v``'s act by the ``found`` sources, and whether the act is reciprocal
    between them and its targets."""
    args, policy, pattern, sources = ex.arguments, ex.policy, match.pattern, found.sources
    exclude = {a.code for a in sources} | {a.country for a in sources if a.country}
    group = len(sources) > 1 and pattern.reciprocal
    if found.converse:
        targets, reciprocal = [a for a in found.acted_on if a.code not in exclude], False
    elif found.parties:
        targets, reciprocal = [], False
    else:
        targets, reciprocal, _ = args.targets(
            light if light is not None else v, match, state, when, exclude, found.passive, group
        )
        if (
            len(sources) > 1
            and {t.code for t in targets} == {a.code for a in sources}
            and not shared_act(light if light is not None else v, match.objects)
        ):
            # "A and B stated they will review their policies": the group's own pronoun names
            # the group again, no one else (a joint act's partners are the later members only;
            # "postponed their meeting": a reciprocal act's parties are each other's)
            targets = []
        if group and targets and all(t.kind == "agent" and not t.country and len(t.code) == 3 for t in targets):
            # "Canada and Mexico exchanged ambassadors": envoys with no owner named (a bare
            # agent code, "GOV") are the partners' own; the partners act towards each other
            targets = []
    if not targets and not found.parties and pattern.code in policy.mediation_codes:
        targets = mediation.sides(v, args, state, when, exclude)  # "brokered by Qatar"
    if noun and all(t.code in {a.code for a in sources} for t in targets):
        targets = []  # "the Russian shelling of Kharkiv": no one else named as the target
    if not targets and not reciprocal and policy.takes_place_target(pattern.code):
        # "warplanes struck targets in southern Lebanon": force used on a place is used on
        # the country it is in ("shelled Kharkiv": a town named as the object, too).
        place = (
            ex.phrases.object_place(v, state)
            or (nominals.noun_place(v, ex.generic, state) if noun else None)
            or ex.phrases.place_in_sentence(v, state, when)
        )
        if place is not None and place.country and place.country not in exclude:
            targets = [as_country(place)]
    if not targets and not reciprocal and not noun:  # "telephoned Putin to apologise"
        targets = [
            a
            for t in contacted(v)
            for a in ex.phrases.resolve(t, state, when, role="target", exclude=exclude)
        ]
    # "The Taliban claimed responsibility", "claimed the attack": the attacked
    targets = claims.claimed_targets(pattern.code, targets, sources, state.events)
    return targets, reciprocal
