"""Reported violence as an accusation (``data/reports.yaml``).

"Armenia said Azerbaijani troops had shelled its villages" states two acts: the shelling (coded
by its own pattern) and Armenia's report of it, which accuses Azerbaijan (CAMEO 112). When a
verb's event is an act of force or harm (the codes of ``accused_codes``) stated as done in the
that-clause of a reporting verb (``reporting_verbs`` in ``lang/en/grammar.yaml``), the reporter
accuses the doer, unless both are of one country (a state reporting what its own forces did)
or the reporter is a generic group with no country. A ruling is a finding, not an accusation:
"the tribunal ruled that Chile had violated the treaty" finds Chile liable (``ruling_code``,
116, for the ``ruling_verbs`` of ``reports.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token

from multivector.coding.build import build_events
from multivector.coding.courts import judicial
from multivector.coding.dictionary import bundled_path
from multivector.coding.evaluations import reported_evaluations
from multivector.coding.event_dates import SentenceDates, as_date, event_date
from multivector.coding.modality import modality_status
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.datafiles import load_yaml
from multivector.model import Actor, Event

REPORTING_VERBS = words("reporting_verbs")
# the mark of an event whose doer the coder supplied for an agentless passive (events.py)
STATE_SOURCE = "+state source"


@dataclass(frozen=True, slots=True)
class ReportPolicy:
    """Which reported acts are accusations, and the accusation's code."""

    code: str
    codes: tuple[str, ...]  # codes or prefixes of the reported acts
    ruling_code: str = "116"
    ruling_verbs: frozenset[str] = frozenset()  # verbs of a ruling: the act found, not alleged
    court_ruling_verbs: frozenset[str] = frozenset()  # a ruling when a court says it ("found")

    def rules(self, verb: str, reporters: list[Actor]) -> bool:
        """Whether reporting with ``verb`` by ``reporters`` is a ruling, not an accusation."""
        return verb in self.ruling_verbs or (
            verb in self.court_ruling_verbs and all(judicial(r.code) for r in reporters)
        )

    def accuses(self, cameo: str) -> bool:
        """Whether reporting an act of code ``cameo`` accuses its doer."""
        return cameo.startswith(self.codes)


@cache
def reports_data() -> dict:
    """The bundled ``reports.yaml`` (accusations here, claims in :mod:`claims`), read once."""
    return load_yaml(bundled_path("reports.yaml").read_text(encoding="utf-8"))


@cache
def report_policy() -> ReportPolicy:
    """The accusation part of the bundled ``reports.yaml``."""
    data = reports_data()
    return ReportPolicy(
        str(data["accusation_code"]),
        tuple(map(str, data["accused_codes"])),
        str(data.get("ruling_code", "116")),
        frozenset(data.get("ruling_verbs") or ()),
        frozenset(data.get("court_ruling_verbs") or ()),
    )


def reporting_verb(v: Token, verbs: frozenset[str] = REPORTING_VERBS) -> Token | None:
    """The reporting verb (one of ``verbs``) whose that-clause ``v`` heads (through
    coordination: "said X had shelled the town and killed ..."), or None."""
    node = v
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    if node.dep_ != "ccomp" or node.i < node.head.i:
        return None
    gov = node.head
    return gov if gov.lemma_.lower() in verbs else None


def accused_pairs(reporters: list[Actor], doers: list[Actor]) -> list[tuple[Actor, Actor]]:
    """(reporter, doer) pairs of an accusation: the doer of another country than the reporter,
    a reporter with a country or an organisation ("refugees said ..." accuses no one)."""
    pairs: list[tuple[Actor, Actor]] = []
    for r in reporters:
        if r.country is None and r.kind != "organization":
            continue
        for d in doers:
            if d.code == r.code or (d.country or d.code[:3]) == (r.country or r.code[:3]):
                continue
            if (r, d) not in pairs:
                pairs.append((r, d))
    return pairs


def reported_accusations(
    extractor: Any,
    v: Token,
    found: list[Event],
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
) -> list[Event]:
    """The accusations that reporting the events ``found`` for the verb ``v`` makes
    (``extractor``: the EventExtractor, for its arguments, modality and ontology)."""
    policy = report_policy()
    judged: list[Event] = []  # "said the ban was illegal": the report judges (evaluations.py)
    if v.pos_ == "VERB" and v.lemma_.lower() in REPORTING_VERBS:
        judged = reported_evaluations(extractor, v, sent, sentence_id, state, dates)
    return judged + _accusations(extractor, v, found, sent, sentence_id, state, dates, policy)


def _accusations(
    extractor: Any,
    v: Token,
    found: list[Event],
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
    policy: ReportPolicy,
) -> list[Event]:
    """The accusations that reporting the acts ``found`` of the verb ``v`` makes."""
    if not found or v.pos_ not in ("VERB", "AUX"):
        return []
    # the state supplied as the doer of an agentless passive ("said no ship was damaged")
    # is a guess, not a doer the report names: no one is accused
    doers = [
        e.source for e in found if policy.accuses(e.cameo) and STATE_SOURCE not in (e.rule or "")
    ]
    if not doers or (gov := reporting_verb(v)) is None:
        return []
    if modality_status(v, extractor.modality) != "realis":
        return []
    if modality_status(gov, extractor.modality) != "realis":
        return []
    date = event_date(gov, dates, state)
    when = as_date(date) or state.doc_date
    reporters, _, passive = extractor.arguments.sources(gov, state, when, False)
    pairs = accused_pairs(reporters, doers) if not passive else []
    if not pairs:
        return []
    act = next(e.cameo for e in found if policy.accuses(e.cameo))
    residual = policy.code
    if policy.rules(gov.lemma_.lower(), [r for r, _ in pairs]):  # "ruled that X had violated"
        code = residual = policy.ruling_code
    else:  # the accusation of that kind of act ("said Russian forces had shelled Kharkiv": 1123)
        code = extractor.policy.accusation_code(policy.code, act) or policy.code
    rule = f"reports.yaml {residual} {gov.lemma_.lower()} that ... {act}"
    return build_events(
        extractor.ontology, gov, sent, sentence_id, state, date, code, rule, pairs, []
    )
