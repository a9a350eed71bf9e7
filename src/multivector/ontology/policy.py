"""CAMEO coding policy (``data/policy.yaml``): rules about the ontology that the coder applies.

>>> p = load_policy()
>>> p.needs_target("042"), p.needs_target("016"), p.intent_code("057")
(True, False, '030')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from multivector.ontology.policy_fields import policy_fields


@dataclass(frozen=True, slots=True)
class CodingPolicy:
    """Which acts need a target, where targets may come from, and intention/threat re-coding."""

    target_required_roots: frozenset[str]
    target_optional_codes: frozenset[str]
    audience_suffixes: tuple[str, ...]
    clause_target_roots: frozenset[str]
    conditional_target_roots: frozenset[str]
    place_target_roots: frozenset[str]
    group_roots: frozenset[str]
    intent_codes: Mapping[str, str]
    threat_codes: Mapping[str, str]
    threat_default: str
    refusal_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    refusal_default: str | None = None
    agreed_act_roots: frozenset[str] = frozenset()
    state_source_codes: frozenset[str] = frozenset()
    aerial_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    riot_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # force a state agent uses on its own country's people named as such (coding/build.py)
    repression: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # codes one (source, target) pair decides with the act's verb (coding/pair_codes.py)
    pair_codes: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    domestic_target_roots: frozenset[str] = frozenset()
    venue_roots: frozenset[str] = frozenset()
    # measures told in the future with a start date: done (coding/schedules.py)
    scheduled_roots: frozenset[str] = frozenset()
    # acts offered or pledged whose intention has a code of its own (coding/offers.py)
    offered_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # roots of a country's acts on its own people (protest, repression): on itself with no other
    own_people_roots: frozenset[str] = frozenset()
    counterpart_target_codes: frozenset[str] = frozenset()
    # code prefixes of cuts in relations whose counterpart is tried after focus and home
    late_counterpart_codes: tuple[str, ...] = ()
    # of those, the cuts aimed at the country the source last dealt with when none acted on it
    last_partner_codes: tuple[str, ...] = ()
    # roots whose acts keep no target when nothing names one (no discourse counterpart)
    untargeted_roots: frozenset[str] | None = None
    discourse_window: int | None = None  # sentences back a discourse counterpart is sought
    # domestic agents whose act with no other side named is aimed at their own state
    home_counterpart_agents: frozenset[str] = frozenset()
    # relations restored with no doer: the codes of the restoring and the cuts that name its
    # two sides (coding/ties.py)
    ties_party_codes: tuple[str, ...] = ()
    ties_cut_codes: tuple[str, ...] = ()
    mediation_codes: tuple[str, ...] = ()
    focus_target_roots: frozenset[str] = frozenset()
    # of those, deliveries aimed at the country of the place they are sent to or meant for
    destination_target_roots: frozenset[str] = frozenset()
    # codes or code prefixes whose act by a country's own actor, naming no other party, in a
    # text about that country, is aimed at that country (a domestic event)
    home_target_codes: tuple[str, ...] = ()
    # codes whose target organ of a governed territory stays the territory's own (coding/eras.py)
    recognised_target_codes: tuple[str, ...] = ()
    # rules for agent nouns with no country of their own (read by coding/generic.py)
    generic_actors: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    # roots of the conflictual events whose two parties "both sides" refers to
    side_conflict_roots: frozenset[str] = frozenset()
    # codes or prefixes of acts of war that, with no actor target, are aimed at the enemy
    adversary_target_codes: tuple[str, ...] = ()
    # roots of the acts of war that make their two countries enemies (coding/adversary.py)
    war_roots: frozenset[str] = frozenset()
    # codes or prefixes of a force posture at a border that names no country: aimed at the
    # country across it (coding/frontiers.py)
    border_rival_codes: tuple[str, ...] = ()
    # of those, codes aimed at that rival at no border too (coding/frontiers.py)
    rival_target_codes: tuple[str, ...] = ()
    mutual_roots: frozenset[str] = frozenset()  # reciprocal acts done by each to each
    # roots of the violent events that report a raid (coding/raiders.py)
    raid_roots: frozenset[str] = frozenset()
    # codes of acts on an international presence, aimed at the IGO last named (coding/arguments.py)
    presence_codes: tuple[str, ...] = ()
    # roots whose object's own-country word is the doer's own, no target (coding/arguments.py)
    own_modifier_roots: frozenset[str] = frozenset()
    # roots of violence that an accident named in its clause is no act of (coding/accidents.py)
    accident_roots: frozenset[str] = frozenset()
    # codes of travel whose passive is the patient carried, not a visit (coding/participants.py)
    carried_codes: frozenset[str] = frozenset()
    # the state organ that takes an agentless legal charge (coding/sourcing.py)
    legal_charge_agent: str | None = None
    # roots of acts a state does with its own forces (an agentless passive's subject forces)
    own_force_roots: frozenset[str] = frozenset()
    # roots of the acts on people and property that act on a coordinated verb's object
    shared_object_roots: frozenset[str] = frozenset()
    # code of an obligation stated under a speech verb, by its force ("demand", "appeal")
    obligation_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # codes or code prefixes of reactions whose object may refer back to an earlier event
    reaction_codes: tuple[str, ...] = ()
    # of those, acts that undo the actor's own earlier act their object names ("lifted the
    # embargo"): aimed first at that act's target
    undoing_codes: tuple[str, ...] = ()
    # the earlier acts an act undoes, by code prefix ("0841": an arrest 173, an abduction 181)
    undone_acts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # of those, the judgements of an act that answer its doer named in a "by" phrase
    doer_reaction_codes: tuple[str, ...] = ()
    # judgements whose pronoun object with an adjective predicative is an act just told
    judged_act_codes: tuple[str, ...] = ()
    # disapprovals whose definite object noun no earlier event answered is the act just told
    judged_noun_codes: tuple[str, ...] = ()
    # codes whose fourth digit names the issue (code -> the family the digit is added to),
    # and each issue's digit
    issue_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    issue_digits: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # roots whose announced act is a threat of it (threat_codes), and those whose announced act
    # under a condition ("unless", "if") is
    intent_threat_roots: frozenset[str] = frozenset()
    # attempted acts that are events: code or root -> the attempt's code ("" keeps the act's)
    attempt_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # violence by instrument kind, and the residual codes any instrument refines
    instrument_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    instrument_residual_codes: frozenset[str] = frozenset()
    # the roots of the acts an instrument refines, and the kinds that replace any code of them
    instrument_roots: frozenset[str] = frozenset()
    instrument_override_kinds: frozenset[str] = frozenset()
    # instrument kinds whose act with no doer named is an unnamed attacker's, and its agent code
    unnamed_attacker_kinds: frozenset[str] = frozenset()
    unnamed_attacker_agent: str = ""
    unnamed_doer_codes: frozenset[str] = frozenset()
    conditional_threat_roots: frozenset[str] = frozenset()
    # a residual appeal or demand whose complement names an act -> the force of request_codes
    # it takes ("asked the UN to send peacekeepers": 020 -> appeal -> 0234)
    requested_act_forces: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # residual rejections refined by the act their object (a request, an offer) names
    rejected_request_codes: frozenset[str] = frozenset()
    # residual accusations refined by the act they name, and the act code -> accusation code
    accusation_residual_codes: frozenset[str] = frozenset()
    accusation_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # killings of many civilians: the codes refined, the mass killing's code, the least count
    mass_killing_codes: frozenset[str] = frozenset()
    mass_killing_code: str = ""
    # the code of talks that broke down ("the talks collapsed": coding/breakdowns.py)
    breakdown_code: str = ""
    # a speaker declining to comment ("I will not comment": coding/declines.py)
    decline_code: str = ""
    # roots of a settlement noun whose unnamed sides are the story's latest (settlement_sides.py)
    settlement_roots: frozenset[str] = frozenset()
    # "said X should be prosecuted for genocide": default and war-crime codes (culpability.py)
    culpability_codes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # "said the vote was rigged" / "... free and fair": fault and merit codes (verdicts.py)
    election_verdict_codes: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    mass_killing_min: int = 0
    # act code or prefix -> (its appeal code, its demand code)
    request_codes: Mapping[str, tuple[str, str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # the code an act takes when its source is a state agent of a kind (agent code -> code ->
    # code): police alerts and investigations are police acts ("COP": 152 -> 151, 090 -> 091)
    agent_codes: Mapping[str, Mapping[str, str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # actor code prefixes of the bodies whose reports and resolutions a reaction may answer
    report_author_prefixes: frozenset[str] = frozenset()
    # a government speaking to its own people or legislature: the codes, speakers, audiences
    own_audience_codes: frozenset[str] = frozenset()
    own_audience_speakers: frozenset[str] = frozenset()
    own_audience_sectors: frozenset[str] = frozenset()
    dyad_state_sectors: frozenset[str] = frozenset()  # one party per country in a dyad

    def request_code(self, code: str, force: str) -> str | None:
        """The code of an appeal ("appeal") or demand ("demand") that another do the act
        ``code`` (by the code, its 3-digit parent, then its root), or None."""
        r = self.request_codes
        pair = r.get(code) or r.get(code[:3]) or r.get(code[:2])
        if pair is None:
            return None
        return pair[1] if force == "demand" else pair[0]

    def needs_target(self, code: str) -> bool:
        """An event of ``code`` is coded only with an actor target (or a named object)."""
        return code[:2] in self.target_required_roots and code not in self.target_optional_codes

    def is_audience(self, code: str, actor_code: str) -> bool:
        """``actor_code`` as the target of ``code`` is an audience, not an addressee."""
        return code[:2] in self.target_required_roots and actor_code.endswith(
            self.audience_suffixes
        )

    def is_own_audience(self, code: str, source_code: str, target_code: str) -> bool:
        """Whether ``target_code`` is the own people or legislature a government ``source_code``
        addresses in an act of ``code`` ("addressed the nation"): no event between actors."""
        return (
            code in self.own_audience_codes
            and len(source_code) >= 6
            and source_code[:3] == target_code[:3]
            and source_code[3:6] in self.own_audience_speakers
            and target_code[3:6] in self.own_audience_sectors
        )

    def takes_clause_target(self, code: str) -> bool:
        """A verbal act whose addressee may be the subject of its that-clause."""
        return code[:2] in self.clause_target_roots

    def takes_conditional_target(self, code: str) -> bool:
        """A threat whose that-clause names its own side: aimed at its condition's subject."""
        return code[:2] in self.conditional_target_roots

    def takes_place_target(self, code: str) -> bool:
        """Force whose target, when no actor is named, is the country where it happened."""
        return code[:2] in self.place_target_roots

    def meets_at_venue(self, code: str) -> bool:
        """A meeting or act of diplomatic cooperation: the place it happens at is no party."""
        return code[:2] in self.venue_roots

    def takes_domestic_target(self, code: str) -> bool:
        """An act with no actor target that is aimed at the country where it happens (a root,
        or a three-digit code listed alone)."""
        c = self.domestic_target_roots
        return code[:2] in c or code[:3] in c

    def acts_on_own_people(self, code: str) -> bool:
        """A protest or repression: a country's such act with no other party is on itself."""
        return code[:2] in self.own_people_roots

    def takes_counterpart_target(self, code: str) -> bool:
        """A reply (denial, rejection) with no actor target that answers the other side."""
        c = self.counterpart_target_codes
        return code in c or code[:3] in c or code[:2] in c

    def takes_late_counterpart(self, code: str) -> bool:
        """A cut in relations with no actor target, focus or home: the other side."""
        codes = self.late_counterpart_codes
        return code.startswith(codes) if codes else False

    def takes_discourse_counterpart(self, code: str) -> bool:
        """An act with no target after every other reading: the other side the story last
        named (not a root of ``untargeted_roots``; none when the policy does not set it)."""
        return (
            self.untargeted_roots is not None
            and code[:2] not in self.untargeted_roots
            and not code.startswith(self.mediation_codes)  # mediation.py names the parties
        )

    def takes_last_partner(self, code: str) -> bool:
        """A cut in relations that no act on the source's country explains: aimed at the
        country of the source's country's latest event with another, either way."""
        codes = self.last_partner_codes
        return code.startswith(codes) if codes else False

    def takes_focus_target(self, code: str) -> bool:
        """An act of a foreign actor with no actor target, aimed at the country the text is about."""
        return code[:2] in self.focus_target_roots

    def takes_destination_target(self, code: str) -> bool:
        """A delivery with no actor target, aimed at the country of its destination place."""
        return code[:2] in self.destination_target_roots

    def takes_home_target(self, code: str) -> bool:
        """Whether a domestic actor's act with no other party is aimed at its own country."""
        return code.startswith(self.home_target_codes) if self.home_target_codes else False

    def takes_adversary_target(self, code: str) -> bool:
        """An act of war with no actor target, aimed at the side its country is fighting."""
        codes = self.adversary_target_codes
        return code.startswith(codes) if codes else False

    def is_war(self, code: str) -> bool:
        """An act of war: its two countries are at war with each other."""
        return code[:2] in self.war_roots

    def takes_border_rival(self, code: str) -> bool:
        """A force posture at a border with no actor target: aimed at the country across it."""
        codes = self.border_rival_codes
        return code.startswith(codes) if codes else False

    def takes_rival_target(self, code: str) -> bool:
        """A show of force or an alert with no actor target, at a border or not: aimed at the
        other side of the source country's latest conflictual event."""
        codes = self.rival_target_codes
        return code.startswith(codes) if codes else False

    def pairs_within_group(self, code: str) -> bool:
        """A group of sources with no one else acts among itself ("pledged together")."""
        return code[:2] in self.group_roots

    def pairs_both_ways(self, code: str) -> bool:
        """A group's reciprocal act of ``code`` is done by each party to each other one."""
        return code[:2] in self.mutual_roots

    def intent_code(self, code: str) -> str | None:
        """The code of an act stated as an intention (by the code, its 3-digit parent, then its
        root), or None when it keeps its code."""
        if code[:2] in self.intent_threat_roots:
            return self.threat_code(code)  # "will impose sanctions": a threat of sanctions
        t = self.intent_codes
        return t.get(code) or t.get(code[:3]) or t.get(code[:2])

    def instrument_code(self, code: str, kind: str) -> str | None:
        """The code of the violent act ``code`` done with an instrument of ``kind``, or None
        when the instrument does not make it more specific (or ``code`` is no violent act of
        ``instrument_roots``). A kind of ``instrument_override_kinds`` replaces any such code
        ("fired rockets loaded with sarin": 194 -> 2041)."""
        new = self.instrument_codes.get(kind)
        if new is None or new == code or code[:2] not in self.instrument_roots:
            return None
        if code in self.instrument_residual_codes or kind in self.instrument_override_kinds:
            return new
        return new if new.startswith(code) else None

    def unnamed_attacker(self, code: str, kind: str) -> bool:
        """Whether the act ``code``, done with an instrument of ``kind`` and no doer named, is an
        unnamed attacker's (``unnamed_attacker_kinds``: "a roadside bomb killed three soldiers")."""
        return (
            bool(self.unnamed_attacker_agent)
            and kind in self.unnamed_attacker_kinds
            and self.instrument_codes.get(kind) == code
        )

    def unnamed_doer(self, code: str) -> bool:
        """Whether violence of ``code`` whose passive names no doer is an unnamed agent's of
        the place (``unnamed_doer_codes``, codes or prefixes; ``unnamed_attacker_agent``)."""
        return bool(self.unnamed_attacker_agent) and any(
            code.startswith(c) for c in self.unnamed_doer_codes
        )

    def attempt_code(self, code: str) -> str | None:
        """The code of an attempt at the act ``code`` ("tried to assassinate": 185), or None
        when an attempt at it is not an event."""
        t = self.attempt_codes
        for key in (code, code[:3], code[:2]):
            if key in t:
                return t[key] or code
        return None

    def threatens_under_condition(self, code: str) -> bool:
        """An announced act of ``code`` under a condition ("will boycott ... unless") is a
        threat of it."""
        return code[:2] in self.conditional_threat_roots

    def threat_code(self, code: str) -> str:
        """The code of a threat to carry out the act ``code``."""
        t = self.threat_codes
        return t.get(code) or t.get(code[:3]) or t.get(code[:2]) or self.threat_default

    def agreeing_is_doing(self, code: str) -> bool:
        """Agreeing to an act of ``code`` is that act ("agreed to lift the embargo": 085)."""
        return code[:2] in self.agreed_act_roots

    def writes_reports(self, actor_code: str) -> bool:
        """An actor of ``actor_code`` (a UN body, an NGO) is the author of the reports, findings
        and resolutions a reaction names when no event of the story is behind them."""
        return actor_code[:3] in self.report_author_prefixes

    def state_is_source(self, code: str) -> bool:
        """An agentless passive act of ``code`` was done by a state (arrests, expulsions)."""
        c = self.state_source_codes
        return code in c or code[:3] in c or code[:2] in c

    def is_side_conflict(self, code: str) -> bool:
        """An event of ``code`` makes its source and target the "two sides" of a conflict."""
        return code[:2] in self.side_conflict_roots

    def is_raid(self, code: str) -> bool:
        """An event of ``code`` reports a raid: its source's bare armed organs named after it
        are the raiders."""
        return code[:2] in self.raid_roots

    def settles(self, code: str) -> bool:
        """Whether a noun of ``code`` is a settlement whose unnamed sides may be read back."""
        return code[:2] in self.settlement_roots

    def carries_patient(self, code: str) -> bool:
        """An act of ``code`` in the passive is its patient carried somewhere ("was flown to
        Lima"), no visit by the agent."""
        return code in self.carried_codes

    def harms_by_accident(self, code: str) -> bool:
        """An act of ``code`` is no event when its clause names an accident ("killed in a
        helicopter crash")."""
        return code[:2] in self.accident_roots

    def is_own_force_act(self, code: str) -> bool:
        """An act of ``code`` is done by a state with its own forces: the forces an agentless
        passive names as its subject did it ("troops were placed on alert")."""
        return code[:2] in self.own_force_roots
    def acts_on_shared_object(self, code: str) -> bool:
        """An act of ``code`` with no target of its own, coordinated after a verb of the same
        subject, acts on the party that verb's object names ("arrested 23 fishermen and seized
        four trawlers")."""
        return code[:2] in self.shared_object_roots

    def undoes(self, code: str) -> bool:
        """An act of ``code`` may undo the actor's own earlier act named by its object ("lifted
        the embargo"): it is aimed at that act's target."""
        return code.startswith(self.undoing_codes)

    def undone_codes(self, code: str) -> tuple[str, ...]:
        """The codes (prefixes) of the earlier acts an act of ``code`` undoes ("0841" release:
        173 arrest, 181 abduction), by its longest key; () for none."""
        for key in sorted(self.undone_acts, key=len, reverse=True):
            if code.startswith(key):
                return self.undone_acts[key]
        return ()
    def answers_doer(self, code: str) -> bool:
        """A judgement of an act that answers the doer its object names in a "by" phrase
        ("condemned the shelling of X by Russia": Russia)."""
        return code.startswith(self.doer_reaction_codes)

    def judges_told_act(self, code: str) -> bool:
        """A judgement whose pronoun object judged by an adjective ("called it unacceptable")
        is the hostile act just told, and whose target is that act's doer."""
        return code.startswith(self.judged_act_codes)

    def judges_told_noun(self, code: str) -> bool:
        """A disapproval whose definite object noun of an act no earlier event answered
        ("condemned the coup") is the latest act of material conflict told."""
        return code.startswith(self.judged_noun_codes)

    def is_reaction(self, code: str) -> bool:
        """An act of ``code`` may react to an earlier event named by its object ("condemned
        the attack")."""
        return code.startswith(self.reaction_codes)

    def agent_code(self, code: str, actor_code: str) -> str:
        """The code of an act of ``code`` done by ``actor_code``: a state agent's own kind of the
        act (``agent_codes``: "KENCOP" raising an alert is 151), else ``code``."""
        table = self.agent_codes.get(actor_code[3:6]) if len(actor_code) >= 6 else None
        return table.get(code, code) if table else code

    def repression_code(self, code: str, source: str, target: str) -> str:
        """The code of an act of force ``code`` by ``source`` on ``target``: violent repression
        when a state agent (``repression`` agents) uses it on people of its own country named
        as such (victim sectors: "police opened fire on students"), else ``code``."""
        r = self.repression
        if not r or code not in r["codes"] or len(source) < 6 or len(target) < 6:
            return code
        if source[:3] != target[:3] or source[3:6] not in r["agents"]:
            return code
        return str(r["code"]) if target[3:6] in r["victim_sectors"] else code

    def refusal_code(self, code: str) -> str | None:
        """The rejection code of refusing the act ``code``, or None when a refusal of it is
        not an event."""
        r = self.refusal_codes
        return r.get(code) or r.get(code[:3]) or r.get(code[:2])

    def requested_code(self, code: str, act: str) -> str | None:
        """The code of the residual appeal or demand ``code`` whose complement is an act of
        ``act`` (``request_codes`` by the force ``requested_act_forces`` gives it), or None
        when ``code`` is not residual or the act has no request code."""
        force = self.requested_act_forces.get(code)
        return self.request_code(act, force) if force is not None else None

    def accusation_code(self, code: str, act: str) -> str | None:
        """The code of the residual accusation ``code`` whose phrase names an act of ``act``
        ("accused Armenia of firing on a village": 1123), or None."""
        if code not in self.accusation_residual_codes:
            return None
        t = self.accusation_codes
        return t.get(act) or t.get(act[:3]) or t.get(act[:2])

    @classmethod
    def from_mapping(cls, d: Mapping) -> CodingPolicy:
        """Build from the parsed YAML mapping (read by ``policy_fields``)."""
        return cls(**policy_fields(d))


def load_policy(path: str | Path | None = None) -> CodingPolicy:
    """The bundled policy (``policy.yaml`` with ``generic_actors.yaml``, cached), or ``path``'s."""
    if path is not None:
        return CodingPolicy.from_mapping(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    return _bundled()


@functools.cache
def _bundled() -> CodingPolicy:
    data = resources.files("multivector.ontology").joinpath("data")
    mapping = yaml.safe_load(data.joinpath("policy.yaml").read_text(encoding="utf-8"))
    # the generic actors' section lives in a file of its own
    mapping["generic_actors"] = yaml.safe_load(
        data.joinpath("generic_actors.yaml").read_text(encoding="utf-8")
    )
    return CodingPolicy.from_mapping(mapping)
