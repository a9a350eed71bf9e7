"""Governors coded through their complement, and coded themselves when it gives no event.

A governor of intention, threat or refusal ("agreed to", "offered to", "threatened to",
"was ready to", "refused to") defers to its infinitival complement when that complement's verb
has a fitting pattern, or is a light verb whose event noun has one: "offered to host talks" is
coded as the hosting, "was ready to open fresh talks" as the talks, re-coded as an intention. So does a verb of warning to the act its "that"-clause announces ("warned that it
would impose sanctions" is the threat of sanctions, not also a threat in general)
(:func:`deferral`).

When the complement then gives no event (its actors are not found, its object is a phrase
no pattern names, the discourse rules it out), the governor's act still happened: the offer,
the agreement, the threat, the warning was made. :func:`undeferred` codes the governor by its
own pattern then ("offer to": 030, "threaten to": 130, a warning: 130), with its own
arguments, and marks the rule ``+complement uncoded``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding.carriers import LIGHT_VERBS
from multivector.coding.dictionary import EventPattern
from multivector.coding.modality import CODED_STATUSES, infinitive_complement, obligation_pattern
from multivector.coding.orders import ordered_participle, ordering_governor
from multivector.coding.syntax import PERMISSION_VERBS, words
from multivector.model import Event

if TYPE_CHECKING:  # the extractor imports this module
    from multivector.coding.event_dates import SentenceDates
    from multivector.coding.events import EventExtractor
    from multivector.coding.predicates import Match
    from multivector.coding.state import DocumentState, Trace

MARK = " +complement uncoded"
PERMISSION_CODES = tuple(sorted(words("permission_codes")))
WARNING_RULE = "modality.yaml warning"
INTENDED_ROOT = "03"  # intentions of cooperation (the intention table's codes)


def warned_clause(v: Token, forced: EventPattern | None) -> Token | None:
    """The "that"-clause whose announced act makes the warning verb ``v`` a threat (the clause
    :func:`~multivector.coding.modality.warning_pattern` read), when ``forced`` is that
    warning's pattern."""
    if forced is None or not forced.rule.startswith(WARNING_RULE):
        return None
    return next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)


def deferral(
    ex: EventExtractor, v: Token, match: Match, forced: EventPattern | None, state: DocumentState
) -> Token | None:
    """The complement the verb ``v`` (with its ``match``) is coded through, or None: the
    infinitive of a governor of intention, threat or refusal, or the clause of a warning, when
    a pattern of that complement's verb fits and its modality lets it be coded (a refused act
    only when its refusal has a code of its own; a warned act only when it is not itself a
    statement or a request)."""
    m = ex.modality
    complement = warned_clause(v, forced)
    governor = v.lemma_.lower()
    if complement is None:
        complement = (
            match.preps.get("to")
            or infinitive_complement(v, m)
            or next((c for c in v.children if ordering_governor(c) == v), None)
            or ordered_participle(v)  # "ordered the vessel confiscated"
        )
        if complement is None or complement.dep_ not in ("xcomp", "advcl", "ccomp", "acl", "oprd"):
            return None
        if complement.head.dep_ == "acomp" and complement.head.head == v:
            governor = complement.head.lemma_.lower()  # "was ready to help": "ready" governs
        if governor not in (
            m.intent_governors | m.threat_governors | m.refusal_governors
        ) and ordering_governor(complement) is None:  # "ordered its troops to withdraw"
            return None
    found = ex._match(complement, state)
    if found is None and complement.lemma_.lower() in LIGHT_VERBS:
        # "was ready to open fresh talks": the light verb's event noun carries the act
        noun = ex._event_object(complement, state)
        found = ex._match(noun, state, "noun") if noun is not None else None
    if found is None or ex._modality(complement) not in CODED_STATUSES:
        return None
    policy = ex.policy
    if governor in m.refusal_governors and policy.refusal_code(found.pattern.code) is None:
        return None
    if forced is not None and complement.lemma_.lower() in (m.speech_verbs | m.mandative_governors):
        return None  # "warned he would ask parliament to declare war": the request is no threat
    return complement


def uncoded_complement(complement: Token, coded: set[int]) -> bool:
    """Whether no token of ``complement``'s phrase (its verb, its objects' event nouns, its
    conjuncts: "agreed to resume talks and to reopen the border") gave an event."""
    return not any(i in coded for i in range(complement.left_edge.i, complement.right_edge.i + 1))


def undeferred(
    ex: EventExtractor,
    coded: set[int],
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
    traces: list[Trace],
) -> list[Event]:
    """The events of the governors ``ex`` deferred in this sentence whose complement gave no
    event (``coded``: the indices of the tokens that gave one), each coded by its own pattern
    (or its warning); their traces are added to ``traces``.
    The governor's arguments are its own: "offered to host talks" with "host" tagged a noun (the
    sentence loop never sees it) is an offer."""
    events: list[Event] = []
    doc = sent.doc
    for gov, comp in sorted(ex.deferred.items()):
        if gov in coded or not uncoded_complement(doc[comp], coded):
            continue
        v = doc[gov]
        forced = obligation_pattern(v, ex.modality, ex.policy, lambda c: ex._act_code(c, state))
        if forced is None:  # "offered to host talks between the two": an offer to mediate
            forced = intended_pattern(ex, v, doc[comp], state)
        found, trace = ex._code_predicate(
            v, sent, sentence_id, state, dates, noun=False, forced=forced, defer=False
        )
        for e in found:
            e.rule += MARK
        trace.outcome += f"; its complement '{doc[comp].text}' gave no event:{MARK}"
        events.extend(found)
        traces.append(trace)
    return events


def intended_pattern(
    ex: EventExtractor, v: Token, comp: Token, state: DocumentState
) -> EventPattern | None:
    """The intention of cooperation the governor ``v`` of intention states through ``comp``, its
    complement that gave no event (its pattern fits, its actors were not found): "offered to
    host talks" is an offer to mediate (045 intended: 039), "promised to send aid" 033, with the
    governor's own arguments; None when the complement has no pattern, the governor is no verb of
    intention, or the intended act is no cooperation (03: a threat keeps the governor's code)."""
    governor = comp.head.lemma_.lower() if comp.head.dep_ == "acomp" else v.lemma_.lower()
    if governor not in ex.modality.intent_governors:
        return None
    found = ex._match(comp, state)
    if found is None and comp.lemma_.lower() in LIGHT_VERBS:
        noun = ex._event_object(comp, state)
        found = ex._match(noun, state, "noun") if noun is not None else None
    if found is None:
        return None
    code = ex.policy.intent_code(found.pattern.code)
    if code is None or not code.startswith(INTENDED_ROOT):
        return None
    rule = f"{found.pattern.rule} +intended by '{v.text}'"
    return replace(found.pattern, code=code, rule=rule, requirements=(), target_prep=None)


def permitted_acts(v: Token, found: list[Event]) -> set[int]:
    """The verbs of the act the permission verb ``v`` lets happen ("allowed the monitors to
    inspect and photograph the depot": 'inspect', 'photograph') when ``v`` was coded as the
    permission (``found``: its events, one with a code of ``permission_codes`` in
    ``lang/en/grammar.yaml``): what was permitted is that permission's content, not a second
    event by those let in. Else the empty set."""
    if v.lemma_.lower() not in PERMISSION_VERBS or not any(
        e.cameo.startswith(PERMISSION_CODES) for e in found
    ):
        return set()
    acts = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i > v.i]
    return {t.i for c in acts for t in (c, *c.conjuncts)}
