"""Rows of the events table: from an :class:`Event`, and back to the output contract dict."""

from __future__ import annotations

import json
from typing import Any

from multivector.actors import country_of
from multivector.model import Event
from multivector.store.dates import date_columns


def actor_root(code: str, country: str | None) -> str:
    """The actor's principal code: its country, else a leading country code of the actor table
    (ISO alpha-3 or CAMEO's historical USR, YUG...), else the code."""
    if country:
        return country.upper()
    return country_of(code) or code.upper()


def event_weight(goldstein: float) -> float:
    """An event's weight in cooperation/conflict sums: its Goldstein magnitude, at least 1, so
    that neutral-scored verbal cooperation (statements, 0.0) still counts."""
    return max(abs(goldstein), 1.0)


def event_row(ev: Event) -> dict[str, Any]:
    """An events-table row for ``ev``."""
    src, tgt = ev.source, ev.target
    spans = {
        "source": src.span.to_list() if src.span else None,
        "target": tgt.span.to_list() if tgt is not None and tgt.span else None,
        "verb": ev.verb_span.to_list() if ev.verb_span else None,
        "object": ev.object_span.to_list() if ev.object_span else None,
    }
    return {
        "event_id": ev.event_id,
        "doc_id": ev.doc_id,
        "sentence_id": ev.sentence_id,
        "idx": ev.index,
        "sentence": ev.sentence,
        "sentence_start": ev.sentence_start,
        "source_code": src.code,
        "source_text": src.text,
        "source_country": src.country,
        "source_root": actor_root(src.code, src.country),
        "target_code": tgt.code if tgt else None,
        "target_text": tgt.text if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_root": actor_root(tgt.code, tgt.country) if tgt else None,
        "object": ev.object,
        "cameo": ev.cameo,
        "cameo_root": ev.cameo[:2],
        "plover": ev.plover,
        "plover_mode": ev.plover_mode,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "weight": event_weight(ev.goldstein),
        "date": ev.date,
        **date_columns(ev.date),
        "date_precision": ev.date_precision,
        "date_source": ev.date_source,
        "date_text": ev.date_text,
        "rule": ev.rule,
        "verb": ev.verb_text,
        "spans": json.dumps(spans),
        "not_an_event": False,
        "corrected": False,
    }


def row_to_event_dict(m) -> dict[str, Any]:
    """The output contract dict for an events row, plus store fields."""
    target = None
    if m["target_code"] is not None:
        target = {
            "text": m["target_text"],
            "code": m["target_code"],
            "country": m["target_country"],
        }
    return {
        "event_id": m["event_id"],
        "doc_id": m["doc_id"],
        "sentence_id": m["sentence_id"],
        "sentence": m["sentence"],
        "source": {
            "text": m["source_text"],
            "code": m["source_code"],
            "country": m["source_country"],
        },
        "target": target,
        "object": m["object"],
        "cameo": m["cameo"],
        "plover": m["plover"],
        "plover_mode": m["plover_mode"],
        "quad_class": m["quad_class"],
        "goldstein": m["goldstein"],
        "date": m["date"],
        "date_precision": m["date_precision"],
        "date_source": m["date_source"],
        "date_text": m["date_text"],
        "rule": m["rule"],
        "verb": m["verb"],
        "spans": json.loads(m["spans"]) if m["spans"] else None,
        "sentence_start": m["sentence_start"],
        "status": m.get("doc_status"),
        "corrected": bool(m["corrected"]),
        "not_an_event": bool(m["not_an_event"]),
        "document_title": m.get("document_title"),
        "doc_date": m.get("doc_date"),
        "doc_url": m.get("doc_url"),
    }
