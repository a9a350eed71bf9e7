"""Claims of responsibility (CAMEO 015; ``data/reports.yaml``).

Two shapes:

- a group's report of its own violence: "al-Shabaab said it had planted the bomb" states the
  bombing (coded by its own pattern) and al-Shabaab's claim of it, towards the bombing's
  target. Only a non-state armed group's report is a claim (``claimant_agents``: a state
  saying its forces struck is a statement); any actor that admits its own side's act
  ("admitted that its police had killed the prisoners": ``admission_verbs``) owns up to it;
- a claim naming no target ("The Taliban claimed responsibility", "Hamas claimed the attack",
  whose event noun names the attacker, not the attacked): towards the target of the story's
  latest act of force before it (``claimed_codes``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from multivector.coding.build import build_events
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.modality import modality_status
from multivector.coding.reports import REPORTING_VERBS, STATE_SOURCE, reporting_verb, reports_data
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.model import Actor, Event

ADMISSION_VERBS = words("admission_verbs")
CLAIMING_VERBS = REPORTING_VERBS | ADMISSION_VERBS  # a that-clause of these reports or admits


@dataclass(frozen=True, slots=True)
class ClaimPolicy:
    """The code of a claim, the acts one claims and the groups whose reports are claims."""

    code: str
    claimed: tuple[str, ...]
    agents: frozenset[str]

    def claims(self, cameo: str) -> bool:
        """Whether an act of code ``cameo`` is one a group claims."""
        return cameo.startswith(self.claimed)

    def claimant(self, actor: Actor) -> bool:
        """Whether ``actor`` is a non-state armed group (its agent code)."""
        return actor.code[3:6] in self.agents


@cache
def claim_policy() -> ClaimPolicy:
    """The claims part of the bundled ``reports.yaml``."""
    data = reports_data()
    return ClaimPolicy(
        str(data["claim_code"]),
        tuple(map(str, data["claimed_codes"])),
        frozenset(map(str, data["claimant_agents"])),
    )


def _own(actor: Actor, side: Actor) -> bool:
    """Whether ``actor`` is ``side`` or of its country."""
    return actor.code == side.code or bool(
        actor.country and actor.country == (side.country or side.code[:3])
    )


def claimed_targets(
    code: str, targets: list[Actor], sources: list[Actor], events: list[Event]
) -> list[Actor]:
    """The targets of a claim of code ``code``: those found, unless none was found or they are
    only the doers of an earlier event its noun names ("claimed the attack"); then the target
    of the story's latest act of force not done to the claimants."""
    policy = claim_policy()
    if code != policy.code or not sources:
        return targets
    if targets and not all((t.resolved_by or "").startswith("event:") for t in targets):
        return targets
    for e in reversed(events):
        t = e.target
        if not policy.claims(e.cameo) or t is None or any(_own(t, s) for s in sources):
            continue
        return [replace(t, span=None, coref=False, resolved_by="claimed act")]
    return targets


def claimed_acts(
    extractor: Any,
    v: Token,
    found: list[Event],
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
) -> list[Event]:
    """The claims of responsibility that reporting one's own acts ``found`` for the verb ``v``
    makes (``extractor``: the EventExtractor, for its arguments, modality and ontology)."""
    policy = claim_policy()
    if not found or v.pos_ not in ("VERB", "AUX"):
        return []
    acts = [
        e
        for e in found
        if policy.claims(e.cameo) and e.target is not None and STATE_SOURCE not in (e.rule or "")
    ]
    if not acts or (gov := reporting_verb(v, CLAIMING_VERBS)) is None:
        return []
    if modality_status(v, extractor.modality) != "realis":
        return []
    if modality_status(gov, extractor.modality) != "realis":
        return []
    admits = gov.lemma_.lower() in ADMISSION_VERBS
    date = event_date(gov, dates, state)
    when = as_date(date) or state.doc_date
    reporters, _, passive = extractor.arguments.sources(gov, state, when, False)
    if passive:
        return []
    pairs: list[tuple[Actor, Actor | None]] = []
    for r in reporters:
        if not admits and not policy.claimant(r):
            continue
        for e in acts:
            doer, target = e.source, e.target
            own = doer.code == r.code or (
                _own(doer, r) and (admits or policy.claimant(doer))
            )
            if own and target is not None and not _own(target, r) and (r, target) not in pairs:
                pairs.append((r, target))
    if not pairs:
        return []
    rule = f"reports.yaml {policy.code} {gov.lemma_.lower()} that ... {acts[0].cameo}"
    return build_events(
        extractor.ontology, gov, sent, sentence_id, state, date, policy.code, rule, pairs, []
    )
