"""Scoring predictions against PETRARCH validation records (``PETR.UnitTest.records.xml``).

A record is correct when the set of (source, target, event code) triples coded from its text
equals the expected set (``noevents`` and PETRARCH ``error`` records expect no event). Records
marked ``sentence="false"`` are not counted. When the record's ``require_dyad`` option is on
(PETRARCH's default), predicted events without a source or target code are dropped, as
PETRARCH drops them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from multivector.evaluation.gold import PETRARCH, PetrarchRecord, Triple
from multivector.evaluation.report import EvalReport, Pass, Tally

NULL = "---"


def _code(actor: Any) -> str:
    if not actor:
        return NULL
    if isinstance(actor, str):
        return actor or NULL
    return actor.get("code") or NULL


def requires_dyad(record: PetrarchRecord) -> bool:
    return record.options.get("require_dyad", "true").strip().lower() != "false"


def predicted_triples(record: PetrarchRecord, events: Iterable[Mapping[str, Any]]) -> set[Triple]:
    """The triples of a record's predicted events, after PETRARCH's ``require_dyad`` filter."""
    out = set()
    for ev in events:
        t = Triple(_code(ev.get("source")), _code(ev.get("target")), str(ev.get("cameo") or NULL))
        if requires_dyad(record) and NULL in (t.source, t.target):
            continue
        out.add(t)
    return out


def score_petrarch(
    records: Sequence[PetrarchRecord],
    preds: Sequence[Mapping[str, Any]],
    gold_path: str = "",
    deliberate: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score predicted events (``doc_id`` = record id) on the active records.

    ``deliberate`` maps record ids we fail on purpose to the reason; failures listed there are
    reported with the reason.
    """
    deliberate = deliberate or {}
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for ev in preds:
        by_doc.setdefault(str(ev.get("doc_id")), []).append(ev)
    overall, passes = Tally(), Pass()
    cats: dict[str, Tally] = {}
    record_cats: dict[str, Pass] = {}
    misses: list[str] = []
    extras: list[str] = []
    failed: list[str] = []
    for r in records:
        if not r.active:
            continue
        got = predicted_triples(r, by_doc.get(r.id, []))
        t = cats.setdefault(r.category, Tally())
        p = record_cats.setdefault(r.category, Pass())
        for tally in (t, overall):
            tally.gold += len(r.expected)
            tally.gold_hit += len(r.expected & got)
            tally.pred += len(got)
            tally.pred_hit += len(got & r.expected)
        for pp in (p, passes):
            pp.total += 1
            pp.passed += got == r.expected
        misses += [f"{r.id}: {x}" for x in sorted(r.expected - got, key=str)]
        extras += [f"{r.id}: {x}" for x in sorted(got - r.expected, key=str)]
        if got != r.expected:
            want = "; ".join(map(str, sorted(r.expected, key=str))) or "no events"
            have = "; ".join(map(str, sorted(got, key=str))) or "no events"
            why = f" [deliberate: {deliberate[r.id]}]" if r.id in deliberate else ""
            failed.append(f"{r.id} ({r.category}): expected {want} | got {have}{why}")
    return EvalReport(
        gold_path=gold_path,
        format=PETRARCH,
        overall=overall,
        categories=cats,
        misses=misses,
        extras=extras,
        records=passes,
        record_categories=record_cats,
        failed_records=failed,
        notes=["precision/recall count (source, target, code) triples; a record is correct "
               "when its triple set equals the expected set"],
    )
