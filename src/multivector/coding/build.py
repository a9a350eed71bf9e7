"""Event assembly: one :class:`~multivector.model.Event` per (source, target) pair.

Each event carries its provenance (sentence, spans of source, target, verb and object, the rule
that fired) and its date (from the text, else the document's date, marked ``date_source``);
the ontology gives the PLOVER type and mode, the quad class and the Goldstein value.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from multivector.coding.actors import char_span
from multivector.coding.dates import DateValue
from multivector.coding.pair_codes import PairCode
from multivector.coding.state import DocumentState, Trace
from multivector.coding.token_index import children_with
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
    pair_code: PairCode | None = None,
) -> list[Event]:
    """One event per (source, target) pair, and per named object when there is no target; a
    state agent's act takes that agent's own code (the policy's ``agent_codes``), and
    ``pair_code`` may re-code a pair (``pair_codes.py``)."""
    verb_tokens = sorted([v, *children_with(v, "prt")], key=lambda t: t.i)
    verb_span = char_span(verb_tokens)
    doc_date = state.doc_date
    events: list[Event] = []
    act_code = code
    for source, target in pairs:
        code = ontology.policy.agent_code(act_code, source.code)
        why = rule if code == act_code else f"{rule} +agent {source.code[3:6]}"
        if target is not None and (
            (repressed := ontology.policy.repression_code(code, source.code, target.code)) != code
        ):  # "police opened fire on students": repression
            code, why = repressed, f"{why} +repression of {target.code[3:6]}"
        if pair_code is not None:  # "fighters captured two soldiers": an abduction
            code, mark = pair_code(code, source, target)
            why += mark
        cameo = ontology.cameo(code)
        plover_type, plover_mode = ontology.plover(code)
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
                    rule=why,
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


def recoded(ontology: Ontology, event: Event, code: str, **changes) -> Event:
    """``event`` as an act of ``code``: its CAMEO code and what the code decides (PLOVER type
    and mode, quad class, Goldstein value), with ``changes`` to its other fields."""
    cameo = ontology.cameo(code)
    plover_type, plover_mode = ontology.plover(code)
    return replace(
        event, cameo=code, plover=plover_type, plover_mode=plover_mode,
        quad_class=cameo.quad_class, goldstein=cameo.goldstein, **changes,
    )  # fmt: skip


def dedupe(events: list[Event]) -> list[Event]:
    """A sentence's events with one event per act, re-indexed.

    Two events are the same act when they have the same code, object and date and their actors
    name the same parties, one perhaps more narrowly than the other: equal codes, or one a
    prefix of the other ("TKM" and "TKMMED" for "Turkmenistan" and "its foreign ministry";
    "AZE" and "AZEMIL"), a missing target agreeing with any. This holds within one predicate
    (two names of one actor) and, when ACROSS_PREDICATES is set, across predicates of the
    sentence when the events carry a CAMEO code and one of them names a target ("ambushed a
    patrol and killed 13 soldiers" under one code; "warned that it would defend its waters
    against X": the threat coded on the governor with no target and on its complement with one). Of such a group the event that wins is the one with the more
    specific actors (longer codes), then more arguments (a target, an object), then the first;
    it takes the place of the group's first event. Parties that are not one inside the other
    stay apart: two targets named separately, the two directions of a joint act.
    """
    out: list[Event] = []
    buckets: dict[tuple, list[int]] = {}  # candidates share code, object, date, source country
    for e in events:
        bucket = buckets.setdefault((e.cameo, e.object, e.date, e.source.code[:3]), [])
        for k in bucket:
            if _same_act(out[k], e):
                if _rank(e) > _rank(out[k]):
                    out[k] = e
                break
        else:
            bucket.append(len(out))
            out.append(e)
    for i, e in enumerate(out):
        e.index = i
    return out


ACROSS_PREDICATES = True


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """One party, named as broadly or more narrowly (a missing one agrees with any)."""
    if a is None or b is None:
        return True
    return a.code.startswith(b.code) or b.code.startswith(a.code)


# CAMEO sector codes of a state's armed and police forces: named together as the doers of one
# predicate they act as one force ("soldiers and police opened fire on the crowd").
SECURITY_SECTORS = frozenset({"MIL", "COP"})


def _one_force(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` are one predicate's act by two security organs of one state."""
    sa, sb = a.source.code, b.source.code
    return (
        a.verb_span == b.verb_span
        and len(sa) == len(sb) == 6
        and sa[:3] == sb[:3]
        and sa != sb
        and sa[3:] in SECURITY_SECTORS
        and sb[3:] in SECURITY_SECTORS
        and _same_party(a.target, b.target)
    )


def _same_act(a: Event, b: Event) -> bool:
    if a.cameo != b.cameo or a.object != b.object or a.date != b.date:
        return False
    if _one_force(a, b):
        return True
    if a.verb_span != b.verb_span and (
        not ACROSS_PREDICATES or (a.target is None and b.target is None) or not a.cameo.isdigit()
    ):  # across predicates only coded events, one of them with a target
        return False
    return _same_party(a.source, b.source) and _same_party(a.target, b.target)


def _rank(e: Event) -> tuple[int, int]:
    length = len(e.source.code) + (len(e.target.code) if e.target else 0)
    return length, (e.target is not None) + (e.object is not None)


PLACEHOLDER = "---"  # an actor code of no known country ("---REB"): parties that may differ


def _party(a: Actor | None, state_sectors: frozenset[str]) -> str | None:
    """The party an actor stands for in a dyad: its state, else its own code."""
    if a is None:
        return None
    country = a.country
    if country and a.code.startswith(country):
        sector = a.code[len(country) : len(country) + 3]
        return country if sector in state_sectors else country + sector
    return a.code


def one_per_dyad(
    events: list[Event], traces: list[Trace], state_sectors: frozenset[str] = frozenset({""})
) -> list[Event]:
    """A sentence's events with one event per dyad and act, re-indexed.

    Two events of one sentence with the same code, date and object whose sources are the same
    party and whose targets are too are one act told
    twice ("the Russian army" and "Moscow" both found as the doer of one shelling): counting
    it twice would double the dyad's weight in every series. The event that stays is a rule's
    over the classifier's (``model:``), then the one with the more specific actors and more
    arguments, then the first. Actors with a placeholder code are left alone. A trace line
    records each merge. A party is a country with its ``state_sectors`` (its government,
    army, police ...: policy ``dyad_state_sectors``); any other sector of it (rebels, the
    opposition) and an organisation are parties of their own code. (PETRARCH keeps one event
    per actor code; this is a stricter policy.)
    """
    out: list[Event] = []
    seen: dict[tuple, int] = {}
    for e in events:
        if e.source.code.startswith(PLACEHOLDER) or (
            e.target is not None and e.target.code.startswith(PLACEHOLDER)
        ):
            out.append(e)
            continue
        key = (
            _party(e.source, state_sectors), _party(e.target, state_sectors), e.cameo, e.date,
            e.object,
        )  # fmt: skip
        k = seen.get(key)
        if k is None:
            seen[key] = len(out)
            out.append(e)
            continue
        kept, dropped = (e, out[k]) if _preferred(e, out[k]) else (out[k], e)
        out[k] = kept
        traces.append(
            Trace(
                dropped.verb_text,
                "",
                f"merged: {dropped.source.code}->{dropped.target.code if dropped.target else '-'}"
                f" {dropped.cameo} is the act of {kept.source.code} (one event per dyad)",
            )
        )
    for i, e in enumerate(out):
        e.index = i
    return out


def _preferred(e: Event, other: Event) -> bool:
    """Whether ``e`` should replace ``other``, the same dyad's act found first."""
    by_model, other_by_model = e.rule.startswith("model:"), other.rule.startswith("model:")
    if by_model != other_by_model:
        return other_by_model
    return _rank(e) > _rank(other)
