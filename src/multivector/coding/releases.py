"""The doer of an agentless passive act that undoes an earlier act of the story.

"Five of them were later released", "the hostages were freed the next day", "the officers were
handed over to the OSCE": a release is done by whoever held the people released. When the
clause names no doer, a reader takes the party the story told detaining or seizing people
(the policy's ``undone_acts``: a release undoes an arrest or an
abduction). No doer is supplied (the usual rules decide) when the story told no such act, when
it told several captors' (whose captives these are would be a guess), when the patients are
named as a country's people none of those acts held, or when the patients are handed to
another organ of the captor's own state ("handed over to fisheries officials in Jaffna": a
transfer in custody, no release).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date as Date

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.jurisdiction import clause_place
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.coding.war_victims import from_context
from multivector.model import Actor, Event

RECEIVING_PREPS = frozenset(lang.word_list("sending_prepositions"))


def undoer(
    v: Token,
    undone: tuple[str, ...],
    state: DocumentState,
    when: Date | None,
    phrases: PhraseResolver,
) -> list[Actor]:
    """The doer of the agentless passive ``v`` whose act undoes earlier acts of the codes
    ``undone`` (the policy's ``undone_codes``): the source of the story's latest such act, or []."""
    if not undone or any(c.dep_ == "agent" for c in v.children):
        return []
    patients = {
        a.country
        for c in v.children
        if c.dep_ == "nsubjpass"
        for a in phrases.resolve(c, state, when, "target")
        if a.country
    }
    found = latest(state.events, undone, patients)
    if found is None or handed_within(v, found.country or "", state, when, phrases):
        return []
    return [replace(found, span=None, coref=False, resolved_by="undone")]


def handed_within(
    v: Token, country: str, state: DocumentState, when: Date | None, phrases: PhraseResolver
) -> bool:
    """Whether ``v`` hands its patient to another organ of ``country``, the captor's own state
    ("were handed over to the Fisheries Department in Jaffna"): a transfer in custody, no
    release. The receiver names no other state or organisation, and it or the clause is placed
    in ``country``."""
    generic = phrases.generic
    receivers = [
        o
        for prep in v.children
        if prep.dep_ == "prep" and prep.lower_ in RECEIVING_PREPS
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    if not receivers or generic is None:
        return False
    found = [
        a  # "fisheries officials": a generic organ's country from the story is no evidence
        for o in receivers
        for a in phrases.resolve(o, state, when, "target")
        if not from_context(a)
    ]
    if any(a.country != country for a in found):
        return False  # "handed over to the OSCE", "to Russian consular officials"
    if found:
        return True
    places = [generic.own_place(o, state.mentions) for o in receivers]
    places.append(clause_place(v, generic, state))
    return any(p is not None and p.country == country for p in places)


def latest(events: Sequence[Event], codes: tuple[str, ...], patients: set[str]) -> Actor | None:
    """The source of the latest event of ``codes`` when every such event of the story was done
    by one country (and, when the patients' countries are known, on one of them), or None."""
    acts = [e for e in events if e.cameo.startswith(codes) and e.source.country]
    if len({e.source.country for e in acts}) != 1:
        return None  # none, or several captors: whose captives these are is a guess
    if patients and not any(e.target is not None and e.target.country in patients for e in acts):
        return None
    return acts[-1].source

