"""Reading the coding policy's YAML mapping into the typed fields of
:class:`~multivector.ontology.policy.CodingPolicy` (sets of codes, tables, tuples): one reader,
so the policy class keeps only what the coder asks of it."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def policy_fields(d: Mapping) -> dict[str, object]:
    """The keyword arguments of ``CodingPolicy`` read from the parsed YAML mapping ``d``."""

    def codes(key: str) -> frozenset[str]:
        return frozenset(str(c) for c in d[key])

    def opt(key: str) -> frozenset[str]:
        return frozenset(str(c) for c in d.get(key) or ())

    def table(key: str) -> Mapping[str, str]:
        return MappingProxyType({str(k): str(v) for k, v in d[key].items()})

    return dict(
        target_required_roots=codes("target_required_roots"),
        target_optional_codes=codes("target_optional_codes"),
        audience_suffixes=tuple(str(s) for s in d["audience_suffixes"]),
        clause_target_roots=codes("clause_target_roots"),
        conditional_target_roots=opt("conditional_target_roots"),
        place_target_roots=codes("place_target_roots"),
        group_roots=codes("group_roots"),
        mutual_roots=opt("mutual_roots"),
        intent_codes=table("intent_codes"),
        threat_codes=table("threat_codes"),
        threat_default=str(d["threat_default"]),
        refusal_codes=table("refusal_codes") if "refusal_codes" in d else MappingProxyType({}),
        refusal_default=str(d["refusal_default"]) if d.get("refusal_default") else None,
        agreed_act_roots=codes("agreed_act_roots") if "agreed_act_roots" in d else frozenset(),
        aerial_codes=table("aerial_codes") if "aerial_codes" in d else MappingProxyType({}),
        riot_codes=table("riot_codes") if "riot_codes" in d else MappingProxyType({}),
        repression=MappingProxyType(dict(d.get("repression") or {})),
        pair_codes=MappingProxyType(dict(d.get("pair_codes") or {})),
        state_source_codes=(
            codes("state_source_codes") if "state_source_codes" in d else frozenset()
        ),
        domestic_target_roots=(
            codes("domestic_target_roots") if "domestic_target_roots" in d else frozenset()
        ),
        own_people_roots=codes("own_people_roots") if "own_people_roots" in d else frozenset(),
        venue_roots=codes("venue_roots") if "venue_roots" in d else frozenset(),
        scheduled_roots=codes("scheduled_roots") if "scheduled_roots" in d else frozenset(),
        offered_codes=table("offered_codes") if "offered_codes" in d else MappingProxyType({}),
        counterpart_target_codes=(
            codes("counterpart_target_codes") if "counterpart_target_codes" in d else frozenset()
        ),
        late_counterpart_codes=tuple(str(c) for c in d.get("late_counterpart_codes") or ()),
        last_partner_codes=tuple(str(c) for c in d.get("last_partner_codes") or ()),
        ties_party_codes=tuple(str(c) for c in d.get("ties_party_codes") or ()),
        ties_cut_codes=tuple(str(c) for c in d.get("ties_cut_codes") or ()),
        mediation_codes=tuple(str(c) for c in d.get("mediation_codes") or ()),
        focus_target_roots=(
            codes("focus_target_roots") if "focus_target_roots" in d else frozenset()
        ),
        destination_target_roots=opt("destination_target_roots"),
        home_target_codes=tuple(str(c) for c in d.get("home_target_codes") or ()),
        generic_actors=MappingProxyType(dict(d.get("generic_actors") or {})),
        side_conflict_roots=opt("side_conflict_roots"),
        adversary_target_codes=tuple(str(c) for c in d.get("adversary_target_codes") or ()),
        war_roots=opt("war_roots"),
        border_rival_codes=tuple(str(c) for c in d.get("border_rival_codes") or ()),
        rival_target_codes=tuple(str(c) for c in d.get("rival_target_codes") or ()),
        raid_roots=opt("raid_roots"),
        presence_codes=tuple(str(c) for c in d.get("presence_codes") or ()),
        own_modifier_roots=opt("own_modifier_roots"),
        accident_roots=opt("accident_roots"),
        carried_codes=opt("carried_codes"),
        legal_charge_agent=d.get("legal_charge_agent"),
        own_force_roots=opt("own_force_roots"),
        shared_object_roots=opt("shared_object_roots"),
        obligation_codes=MappingProxyType(
            {str(k): str(v) for k, v in (d.get("obligation_codes") or {}).items()}
        ),
        reaction_codes=tuple(str(c) for c in d.get("reaction_codes") or ()),
        undoing_codes=tuple(str(c) for c in d.get("undoing_codes") or ()),
        undone_acts=MappingProxyType(
            {str(k): tuple(str(c) for c in v) for k, v in (d.get("undone_acts") or {}).items()}
        ),
        doer_reaction_codes=tuple(str(c) for c in d.get("doer_reaction_codes") or ()),
        judged_act_codes=tuple(str(c) for c in d.get("judged_act_codes") or ()),
        judged_noun_codes=tuple(str(c) for c in d.get("judged_noun_codes") or ()),
        issue_codes=table("issue_codes") if "issue_codes" in d else MappingProxyType({}),
        issue_digits=table("issue_digits") if "issue_digits" in d else MappingProxyType({}),
        intent_threat_roots=opt("intent_threat_roots"),
        attempt_codes=table("attempt_codes") if "attempt_codes" in d else MappingProxyType({}),
        instrument_codes=(
            table("instrument_codes") if "instrument_codes" in d else MappingProxyType({})
        ),
        instrument_residual_codes=opt("instrument_residual_codes"),
        instrument_roots=opt("instrument_roots"),
        instrument_override_kinds=opt("instrument_override_kinds"),
        unnamed_attacker_kinds=opt("unnamed_attacker_kinds"),
        unnamed_attacker_agent=str(d.get("unnamed_attacker_agent") or ""),
        conditional_threat_roots=opt("conditional_threat_roots"),
        requested_act_forces=(
            table("requested_act_forces") if "requested_act_forces" in d else MappingProxyType({})
        ),
        rejected_request_codes=opt("rejected_request_codes"),
        report_author_prefixes=opt("report_author_prefixes"),
        own_audience_codes=opt("own_audience_codes"),
        own_audience_speakers=opt("own_audience_speakers"),
        own_audience_sectors=opt("own_audience_sectors"),
        dyad_state_sectors=opt("dyad_state_sectors"),
        agent_codes=MappingProxyType(
            {
                str(a): MappingProxyType({str(k): str(v) for k, v in t.items()})
                for a, t in (d.get("agent_codes") or {}).items()
            }
        ),
        accusation_residual_codes=opt("accusation_residual_codes"),
        accusation_codes=(
            table("accusation_codes") if "accusation_codes" in d else MappingProxyType({})
        ),
        mass_killing_codes=opt("mass_killing_codes"),
        mass_killing_code=str(d.get("mass_killing_code") or ""),
        breakdown_code=str(d.get("breakdown_code") or ""),
        decline_code=str(d.get("decline_code") or ""),
        settlement_roots=opt("settlement_roots"),
        election_verdict_codes=MappingProxyType(
            {str(k): str(v) for k, v in (d.get("election_verdict_codes") or {}).items()}
        ),
        culpability_codes=MappingProxyType(
            {str(k): str(v) for k, v in (d.get("culpability_codes") or {}).items()}
        ),
        mass_killing_min=int(d.get("mass_killing_min") or 0),
        request_codes=MappingProxyType(
            {str(k): (str(v[0]), str(v[1])) for k, v in (d.get("request_codes") or {}).items()}
        ),
    )
