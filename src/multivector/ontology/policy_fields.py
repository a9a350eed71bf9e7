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

    def opt_table(key: str) -> Mapping[str, str]:
        return MappingProxyType({str(k): str(v) for k, v in (d.get(key) or {}).items()})

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
        refusal_codes=opt_table("refusal_codes"),
        refusal_default=str(d["refusal_default"]) if d.get("refusal_default") else None,
        agreed_act_roots=opt("agreed_act_roots"),
        aerial_codes=opt_table("aerial_codes"),
        riot_codes=opt_table("riot_codes"),
        repression=MappingProxyType(dict(d.get("repression") or {})),
        pair_codes=MappingProxyType(dict(d.get("pair_codes") or {})),
        state_source_codes=opt("state_source_codes"),
        domestic_target_roots=opt("domestic_target_roots"),
        own_people_roots=opt("own_people_roots"),
        venue_roots=opt("venue_roots"),
        scheduled_roots=opt("scheduled_roots"),
        offered_codes=opt_table("offered_codes"),
        counterpart_target_codes=opt("counterpart_target_codes"),
        late_counterpart_codes=tuple(str(c) for c in d.get("late_counterpart_codes") or ()),
        last_partner_codes=tuple(str(c) for c in d.get("last_partner_codes") or ()),
        untargeted_roots=opt("untargeted_roots") if "untargeted_roots" in d else None,
        discourse_window=d.get("discourse_window"),
        home_counterpart_agents=opt("home_counterpart_agents"),
        ties_party_codes=tuple(str(c) for c in d.get("ties_party_codes") or ()),
        ties_cut_codes=tuple(str(c) for c in d.get("ties_cut_codes") or ()),
        mediation_codes=tuple(str(c) for c in d.get("mediation_codes") or ()),
        focus_target_roots=opt("focus_target_roots"),
        destination_target_roots=opt("destination_target_roots"),
        home_target_codes=tuple(str(c) for c in d.get("home_target_codes") or ()),
        recognised_target_codes=tuple(str(c) for c in d.get("recognised_target_codes") or ()),
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
        obligation_codes=opt_table("obligation_codes"),
        reaction_codes=tuple(str(c) for c in d.get("reaction_codes") or ()),
        undoing_codes=tuple(str(c) for c in d.get("undoing_codes") or ()),
        undone_acts=MappingProxyType(
            {str(k): tuple(str(c) for c in v) for k, v in (d.get("undone_acts") or {}).items()}
        ),
        doer_reaction_codes=tuple(str(c) for c in d.get("doer_reaction_codes") or ()),
        judged_act_codes=tuple(str(c) for c in d.get("judged_act_codes") or ()),
        judged_noun_codes=tuple(str(c) for c in d.get("judged_noun_codes") or ()),
        issue_codes=opt_table("issue_codes"),
        issue_digits=opt_table("issue_digits"),
        intent_threat_roots=opt("intent_threat_roots"),
        attempt_codes=opt_table("attempt_codes"),
        instrument_codes=opt_table("instrument_codes"),
        instrument_residual_codes=opt("instrument_residual_codes"),
        instrument_roots=opt("instrument_roots"),
        instrument_override_kinds=opt("instrument_override_kinds"),
        unnamed_attacker_kinds=opt("unnamed_attacker_kinds"),
        unnamed_attacker_agent=str(d.get("unnamed_attacker_agent") or ""),
        unnamed_doer_codes=opt("unnamed_doer_codes"),
        conditional_threat_roots=opt("conditional_threat_roots"),
        requested_act_forces=opt_table("requested_act_forces"),
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
        accusation_codes=opt_table("accusation_codes"),
        mass_killing_codes=opt("mass_killing_codes"),
        mass_killing_code=str(d.get("mass_killing_code") or ""),
        breakdown_code=str(d.get("breakdown_code") or ""),
        decline_code=str(d.get("decline_code") or ""),
        settlement_roots=opt("settlement_roots"),
        election_verdict_codes=opt_table("election_verdict_codes"),
        culpability_codes=opt_table("culpability_codes"),
        mass_killing_min=int(d.get("mass_killing_min") or 0),
        request_codes=MappingProxyType(
            {str(k): (str(v[0]), str(v[1])) for k, v in (d.get("request_codes") or {}).items()}
        ),
    )
