"""Coordinated objects of different kinds are different acts.

"Armenia declared martial law and a general mobilisation": the verb's best pattern binds one
object ("declare &EMERGENCY", 1724) and the other conjunct would have been coded by another of
its patterns ("declare &MOBILIZATION", 154). Each conjunct that another pattern of the verb
names, with another code, is coded as an act of its own by that pattern; an actor named inside
one conjunct is the target of that conjunct's act only ("expelled the French ambassador and
the UN mission": 161 towards France, 1662 towards the UN).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from multivector.coding.event_dates import SentenceDates
from multivector.coding.predicates import Match, match_patterns
from multivector.coding.state import DocumentState, Trace, objects_of
from multivector.model import Event
from multivector.ontology import broader

if TYPE_CHECKING:
    from multivector.coding.events import EventExtractor

MARK = " +conjunct"


def conjunct_acts(
    ex: EventExtractor,
    coded: set[int],
    sent: Span,
    sentence_id: int,
    state: DocumentState,
    dates: SentenceDates,
    events: list[Event],
    traces: list[Trace],
) -> list[Event]:
    """The acts of the coordinated objects of this sentence's coded verbs (``coded``: the
    indices of the tokens that gave events) that another pattern of the verb names; the
    verb's own events in ``events`` whose target the conjunct names are removed in place.
    Such an act is coded as decided by its pattern (as a forced pattern is: the classifier's
    veto is not asked; its modality is the verb's own)."""
    out: list[Event] = []
    doc = sent.doc
    for i in sorted(coded):
        v = doc[i]
        if v.pos_ not in ("VERB", "AUX"):
            continue
        objects = objects_of(v, state)
        if len(objects) < 2:
            continue
        match = ex._match(v, state)
        if match is None or not match.objects:
            continue
        bound = {_first(o).i for o in match.objects}
        rest = [o for o in objects if o not in match.objects and _first(o).i in bound]
        if not rest:
            continue
        patterns = ex.dictionaries.events.patterns_for(v.lemma_.lower(), "verb")
        other = match_patterns(v, patterns, rest)
        code, first = (other.pattern.code, match.pattern.code) if other else ("", "")
        if other is None or not other.objects or code == first:
            continue
        if broader(code, first) or broader(first, code):
            continue  # "sanctions and tariffs": one kind of act, said twice
        found, trace = ex._code_predicate(
            v, sent, sentence_id, state, dates, noun=False,
            forced=Match(other.pattern, other.objects, other.preps), defer=False,
        )  # fmt: skip
        mine, theirs = _extent(other.objects), _extent(match.objects)
        found = [e for e in found if not _inside(e, theirs)]
        events[:] = [e for e in events if not (_of_verb(e, v) and _inside(e, mine))]
        for e in found:
            e.rule += MARK
        trace.outcome += f"; the conjunct '{other.objects[0].text}' is an act of its own"
        traces.append(trace)
        out.extend(found)
    return out


def _first(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` is in (itself if none)."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _extent(objects: list[Token]) -> list[tuple[int, int]]:
    """The character extents of the noun phrases of ``objects``, each without its conjuncts."""
    spans = []
    for o in objects:
        others = {t.i for c in o.children if c.dep_ in ("conj", "cc", "punct") for t in c.subtree}
        toks = [t for t in o.subtree if t.i not in others]
        spans.append((min(t.idx for t in toks), max(t.idx + len(t) for t in toks)))
    return spans


def _inside(e: Event, extents: list[tuple[int, int]]) -> bool:
    """Whether the target of ``e`` was named inside one of ``extents``."""
    span = e.target.span if e.target is not None else None
    return span is not None and any(a <= span.start and span.end <= b for a, b in extents)


def _of_verb(e: Event, v: Token) -> bool:
    """Whether ``e`` was coded on the verb ``v``."""
    return e.verb_span is not None and e.verb_span.start == v.idx
