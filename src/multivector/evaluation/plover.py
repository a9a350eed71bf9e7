"""Scoring predictions against PLOVER gold-standard records.

Each record holds one expected event: a PLOVER type (old names mapped to current ones),
source actors and target actors (country codes or ``IGO``/``IMG``-style tags). A prediction
belongs to a record through its ``doc_id`` (the record id).

* a prediction is *right* when its PLOVER type equals the record's, its source matches one of
  the record's sources and its target one of the record's targets (a record without targets
  accepts any target); several right predictions in one record all count as right;
* a record is *found* (recall) when at least one prediction in it is right;
* event-type accuracy: share of records with a prediction of the right PLOVER type;
  source (target) accuracy: among those, the share where such a prediction also has a right
  source (target).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from multivector.evaluation.gold import PLOVER, PloverActor, PloverRecord
from multivector.evaluation.report import EvalReport, Tally


def _actor_fields(actor: Any) -> tuple[str, str]:
    if not actor:
        return "", ""
    if isinstance(actor, str):
        return actor.upper(), ""
    return (actor.get("code") or "").upper(), (actor.get("country") or "").upper()


def actor_matches(gold: Sequence[PloverActor], actor: Any) -> bool:
    """A predicted actor matches when its country or code prefix equals a gold code."""
    code, country = _actor_fields(actor)
    if not code and not country:
        return False
    for g in gold:
        want = g.code.upper()
        if want and (want == country or code.startswith(want)):
            return True
    return False


def _target_ok(record: PloverRecord, ev: Mapping[str, Any]) -> bool:
    return not record.targets or actor_matches(record.targets, ev.get("target"))


def score_plover(
    records: Sequence[PloverRecord],
    preds: Sequence[Mapping[str, Any]],
    gold_path: str = "",
) -> EvalReport:
    """Score predicted events (contract dicts with ``doc_id`` = record id) on PLOVER records."""
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for ev in preds:
        by_doc.setdefault(str(ev.get("doc_id")), []).append(ev)
    known = {r.id for r in records}
    overall = Tally()
    cats: dict[str, Tally] = {}
    misses: list[str] = []
    extras: list[str] = []
    type_hits = src_hits = tgt_hits = 0
    for r in records:
        evs = by_doc.get(r.id, [])
        t = cats.setdefault(r.event, Tally())
        t.gold += 1
        overall.gold += 1
        typed = [ev for ev in evs if ev.get("plover") == r.event]
        if typed:
            type_hits += 1
            src_hits += any(actor_matches(r.sources, ev.get("source")) for ev in typed)
            tgt_hits += any(_target_ok(r, ev) for ev in typed)
        right = [
            ev for ev in typed if actor_matches(r.sources, ev.get("source")) and _target_ok(r, ev)
        ]
        if right:
            t.gold_hit += 1
            overall.gold_hit += 1
        else:
            srcs = ",".join(a.code for a in r.sources) or "-"
            tgts = ",".join(a.code for a in r.targets) or "*"
            got = "; ".join(_describe(ev) for ev in evs) or "no events"
            misses.append(f"{r.id}: {srcs} -> {tgts} {r.event} | got {got} | {r.text[:70]}")
        right_ids = {id(ev) for ev in right}
        for ev in evs:
            pt = cats.setdefault(str(ev.get("plover") or "none"), Tally())
            pt.pred += 1
            overall.pred += 1
            if id(ev) in right_ids:
                pt.pred_hit += 1
                overall.pred_hit += 1
            else:
                extras.append(f"{r.id}: {_describe(ev)} | {r.text[:70]}")
    for doc_id, evs in by_doc.items():
        if doc_id not in known:
            for ev in evs:
                overall.pred += 1
                extras.append(f"{doc_id} (no such record): {_describe(ev)}")
    n = len(records)
    figures = {
        "event-type accuracy": type_hits / n if n else 0.0,
        "source accuracy (given type)": src_hits / type_hits if type_hits else 0.0,
        "target accuracy (given type)": tgt_hits / type_hits if type_hits else 0.0,
    }
    return EvalReport(
        gold_path=gold_path,
        format=PLOVER,
        overall=overall,
        categories=cats,
        misses=misses,
        extras=extras,
        figures=figures,
        notes=["categories are PLOVER event types (old names mapped to current PLOVER)"],
    )


def _describe(ev: Mapping[str, Any]) -> str:
    s, t = _actor_fields(ev.get("source")), _actor_fields(ev.get("target"))
    return f"{s[0] or '-'} -> {t[0] or '-'} {ev.get('plover')} ({ev.get('cameo')})"
