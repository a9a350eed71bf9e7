"""Event assembly: one :class:`~multivector.model.Event` per (source, target) pair.

Each event carries its provenance (sentence, spans of source, target, verb and object, the rule
that fired) and its date (from the text, else the document's date, marked ``date_source``);
the ontology gives the PLOVER type and mode, the quad class and the Goldstein value.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from multivector.coding.actors import char_span
from multivector.coding.dates import DateValue
from multivector.coding.state import DocumentState
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan
from multivector.ontology import Ontology


def build_events(
    ontology: Ontology,
    v: Token,
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    date: DateValue | None,
    code: str,
    rule: str,
    pairs: list[tuple[Actor, Actor | None]],
    objects: list[tuple[str, CharSpan]],
) -> list[Event]:
    """One event per (source, target) pair, and per named object when there is no target."""
    cameo = ontology.cameo(code)
    plover_type, plover_mode = ontology.plover(code)
    verb_tokens = sorted([v] + [c for c in v.children if c.dep_ == "prt"], key=lambda t: t.i)
    verb_span = char_span(verb_tokens)
    doc_date = state.doc_date
    events: list[Event] = []
    for source, target in pairs:
        for obj in objects if (target is None and objects) else [None]:
            events.append(
                Event(
                    doc_id=state.doc_id,
                    sentence_id=sentence_id,
                    sentence=state.sentence_text,
                    source=source,
                    target=target,
                    cameo=code,
                    plover=plover_type,
                    plover_mode=plover_mode,
                    quad_class=cameo.quad_class,
                    goldstein=cameo.goldstein,
                    rule=rule,
                    verb_text=" ".join(t.text for t in verb_tokens),
                    verb_span=verb_span,
                    object=obj[0] if obj else None,
                    object_span=obj[1] if obj else None,
                    date=date.iso if date else (doc_date.isoformat() if doc_date else None),
                    date_precision=date.precision if date else ("day" if doc_date else None),
                    date_source="text" if date else ("document" if doc_date else None),
                    date_text=None,
                    sentence_start=sent.start_char,
                )
            )
    return events


def dedupe(events: list[Event]) -> list[Event]:
    """A sentence's events without repeats (same actors, code, object and verb), re-indexed."""
    seen: set[tuple] = set()
    out: list[Event] = []
    for e in events:
        key = (e.source.code, e.target.code if e.target else None, e.cameo, e.object, e.verb_span)
        if key in seen:
            continue
        seen.add(key)
        e.index = len(out)
        out.append(e)
    return out
