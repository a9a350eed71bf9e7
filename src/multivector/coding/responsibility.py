"""Responsibility laid on another in a report: an accusation (CAMEO 112).

"The minister told parliament that crimes against humanity had been committed and that the
junta of Myanmar bears responsibility", "Ukraine said Russian forces were responsible for the
blast at the dam": the reporter accuses the one said to bear the responsibility or to be responsible
(``responsibility_nouns``, ``responsible_adjectives`` in ``lang/en/grammar.yaml``), when it is
of another country (``reports.accused_pairs``). Stated as fact (realis) only. A war crime named
in the report (``culpability_war_crimes``: "genocide had been committed") makes it an
accusation of war crimes (the policy's ``accusation_codes`` for mass violence, 20: 1124).
A war crime reported in an agentless passive ("told parliament that genocide had been
committed in the province") accuses the story's latest doer of violence of another country
than the reporter's (``unnamed_perpetrators``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.build import build_events
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.modality import modality_status
from multivector.coding.reports import accused_pairs, report_policy, reporting_verb, reports_data
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.coding.token_index import token_index
from multivector.model import Actor, Event

RESPONSIBILITY_NOUNS = words("responsibility_nouns")
RESPONSIBLE_ADJECTIVES = words("responsible_adjectives")
BEARING_VERBS = words("responsibility_bearing_verbs")
DUTY_NOUNS = words("responsibility_duty_nouns")
WAR_CRIME_VERBS = words("war_crime_verbs")
WAR_CRIMES = tuple(str(w) for w in lang.word_list("culpability_war_crimes"))
# the lemmas a verb needs to lay responsibility (``laid_on``) or name a war crime
CANDIDATE_LEMMAS = BEARING_VERBS | WAR_CRIME_VERBS | {"be"}


def laid_on(v: Token) -> bool:
    """Whether the clause of ``v`` says its subject bears the blame ("bear responsibility",
    "was responsible for the violence"; not a duty: "responsible for the security of")."""
    lemma = v.lemma_.lower()
    if lemma in BEARING_VERBS:
        words_ = RESPONSIBILITY_NOUNS
        heads = [c for c in v.children if c.dep_ == "dobj"]
    elif lemma == "be":
        words_ = RESPONSIBLE_ADJECTIVES
        heads = [c for c in v.children if c.dep_ == "acomp"]
    else:
        return False
    head = next((c for c in heads if c.lemma_.lower() in words_), None)
    if head is None:
        return False
    duties = [
        p
        for prep in (*head.children, *v.children)
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for p in prep.children
        if p.dep_ == "pobj" and p.lemma_.lower() in DUTY_NOUNS
    ]
    return not duties


def war_crime_named(gov: Token) -> bool:
    """Whether the report of ``gov`` names a war crime ("genocide had been committed")."""
    text = " " + " ".join(t.lower_ for t in gov.subtree) + " "
    return any(f" {w} " in text for w in WAR_CRIMES)


@cache
def perpetrator_codes() -> tuple[str, ...]:
    """The codes of the acts whose doer an agentless report of a war crime accuses."""
    return tuple(map(str, reports_data()["perpetrator_codes"]))


def unnamed_perpetrators(
    v: Token, reporters: list[Actor], events: list[Event]
) -> list[Actor]:
    """For a war crime reported in an agentless passive ("genocide had been committed in the
    region", ``war_crime_verbs``), the story's latest doer of mass violence or force
    (the ``perpetrator_codes`` of ``reports.yaml``) not of the reporters' countries; else none."""
    if v.lemma_.lower() not in WAR_CRIME_VERBS or any(c.dep_ == "agent" for c in v.children):
        return []
    subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
    if not subjects or not any(war_crime_named(s) for s in subjects):
        return []
    for e in reversed(events):
        if not e.cameo.startswith(perpetrator_codes()):  # force and mass violence
            continue
        doer = e.source
        if doer.country and all(doer.country != (r.country or r.code[:3]) for r in reporters):
            return [doer]
    return []


def responsibility_accusations(
    extractor: Any, sent: Span, sentence_id: int, state: DocumentState, dates: SentenceDates
) -> list[Event]:
    """The accusations of the sentence ``sent`` that lay responsibility on another in a
    report (``extractor``: the EventExtractor, for its arguments, modality and ontology)."""
    out: list[Event] = []
    doc = sent.doc
    ix = token_index(doc)
    pos, lemma = ix.pos, ix.lemma
    for i in range(sent.start, sent.end):  # the index's columns, not a Token for every word
        if pos[i] not in ("VERB", "AUX") or lemma[i] not in CANDIDATE_LEMMAS:
            continue
        v = doc[i]
        blamed = laid_on(v)
        if not blamed and v.lemma_.lower() not in WAR_CRIME_VERBS:
            continue
        if (gov := reporting_verb(v)) is None:
            continue
        if modality_status(v, extractor.modality) != "realis":
            continue
        if modality_status(gov, extractor.modality) != "realis":
            continue
        date = event_date(gov, dates, state)
        when = as_date(date) or state.doc_date
        reporters, _, passive = extractor.arguments.sources(gov, state, when, False)
        if blamed:
            doers, _, _ = extractor.arguments.sources(v, state, when, False)
        else:  # "said genocide had been committed": the story's latest perpetrator
            doers = unnamed_perpetrators(v, reporters, state.events)
        # a group no country owns is no one accused ("armed groups were responsible")
        doers = [d for d in doers if d.country or d.kind == "organization"]
        pairs: list[tuple[Actor, Actor | None]] = list(
            accused_pairs(reporters, doers) if not passive else []
        )
        if not pairs:
            continue
        code = report_policy().code
        if war_crime_named(gov):
            code = extractor.policy.accusation_code(code, "20") or code
        what = v.lemma_.lower() if blamed else "war crime, agentless"
        rule = f"responsibility: '{what}' under '{gov.lemma_.lower()}'"
        out.extend(
            build_events(
                extractor.ontology, gov, sent, sentence_id, state, date, code, rule, pairs, []
            )
        )
    return out
