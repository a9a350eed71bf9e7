"""Candidate sources of an event, and their features for the source ranker.

The twin of :mod:`multivector.coding.verifier.targets`. The rules' source of an act is final
in the rules ("Kyrgyz border guards said Tajik troops shelled the villages": the speaker is
not the actor); the source ranker sees, besides the rules' source (``current``), each other
named actor of the sentence and of the one before that is not the event's target, and scores
them from the same evidence as the target ranker: where the name stands relative to the
predicate (side, distance, dependency relation, preposition, inside the predicate's phrase or
not; its relation crossed with the event's root), what kind of name it is, how often the
document names it, and what the document's earlier events say of it (whether it acted on the
event's target before, whether the target acted on it, whether it was the last event's source
or target). The coder switches to a candidate only when the ranker finds it probable and
clearly more probable than the rules' source (``verifier/settings.yaml``, ``source_ranker``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from multivector.coding.state import DocumentState
from multivector.coding.verifier.features import size, verb_token
from multivector.coding.verifier.targets import (
    FILLED_MARK,
    Candidate,
    SentenceReadings,
    actor_key,
    code_crossed,
    current_features,
    overlaps,
)
from multivector.model import Actor, Event

#: The code of the stand-in source of an act whose rules found no source: the source ranker
#: fills it from the candidates or the act is dropped (it never leaves the learned checks).
NO_SOURCE = "---"


def no_source() -> Actor:
    """The stand-in source of an act the rules found no source for."""
    return Actor("", NO_SOURCE, None, None, "other", "none")


def sourceless(event: Event) -> bool:
    """Whether ``event``'s source is the stand-in :func:`no_source`."""
    return event.source.code == NO_SOURCE


@dataclass(frozen=True, slots=True)
class SourceHistory:
    """What the document's earlier events say of a source candidate: how often it acted on
    the event's target (``s.dyad``) and the target on it (``s.dyad.rev``), and whether it was
    the last event's source or target. Actors are compared by country (or code)."""

    target: str
    dyads: Counter
    last: tuple[str, str] | None
    sources: Counter
    latest: Actor | None = None  # the last event's source

    @classmethod
    def of(cls, event: Event, state: DocumentState) -> SourceHistory:
        """The history of the document's last events, as ``event``'s candidates see it."""
        dyads: Counter = Counter()
        sources: Counter = Counter()
        last = None
        latest = None
        for e in state.events[-_RECENT:]:
            if FILLED_MARK in e.rule:
                continue  # a source the source ranker guessed is no evidence for the next guess
            src = actor_key(e.source)
            tgt = actor_key(e.target) if e.target is not None else ""
            dyads[src, tgt] += 1
            sources[src] += 1
            last = (src, tgt)
            latest = e.source
        target = actor_key(event.target) if event.target is not None else ""
        return cls(target, dyads, last, sources, latest)

    def features(self, key: str) -> list[str]:
        """The history features of a candidate keyed ``key``."""
        feats = ["s.acted=" + size(self.sources[key], (0, 1, 3))]
        if self.target:
            feats.append("s.dyad=" + size(self.dyads[key, self.target], (0, 1, 3)))
            feats.append("s.dyad.rev=" + size(self.dyads[self.target, key], (0, 1, 3)))
        if self.last is not None:
            if self.last[0] == key:
                feats.append("s.last.src")
            if self.last[1] == key:
                feats.append("s.last.tgt")
        return feats


#: How many of the document's last events :class:`SourceHistory` reads.
_RECENT = 30


def _unnamed(
    found: list[tuple[int, int, Actor, list[str]]],
    target: Actor | None,
    history: SourceHistory,
    named: Counter,
    root_feature: str,
) -> list[tuple[int, int, Actor, list[str]]]:
    """For an act with no source, candidates the two sentences need not name: the last
    event's source (``where=last``) and the country the document names most (``where=focus``)."""
    here = {actor_key(a) for _d, _s, a, _f in found}
    if target is not None:
        here.add(actor_key(target))
    out = []
    picks: list[tuple[str, Actor | None]] = [("last", history.latest)]
    if named:
        top = max(named.items(), key=lambda kv: (kv[1], kv[0]))[0]
        country = len(top) == 3
        picks.append(("focus", Actor(top, top, top if country else None, None,
                                     "country" if country else "organization", "focus")))  # fmt: skip
    for where, actor in picks:
        if actor is None or actor_key(actor) in here or actor.code == NO_SOURCE:
            continue
        here.add(actor_key(actor))
        key = actor_key(actor)
        bare = Actor(actor.text, actor.code, actor.country, None, actor.kind, where)
        feats = ["where=" + where, "kind=" + actor.kind, root_feature, "alternative",
                 "named=" + size(named[key], (1, 2, 4, 8)), *history.features(key), "cur.none",
                 "cur.none|where=" + where]  # fmt: skip
        out.append((1000 + len(out), 0, bare, feats))
    return out


def _how(source: Actor, sent: Span) -> list[str]:
    """How the rules found their source (``cur.by=agent+focus``), and whether its words stand
    in the sentence (``cur.here``), elsewhere (``cur.outside``) or are a pronoun's."""
    steps = "+".join(part.split(":", 1)[0] for part in source.resolved_by.split("+") if part)
    span = source.span
    if source.code == NO_SOURCE:
        return ["cur.none"]
    if source.coref:
        where = "cur.coref"
    elif span is not None and sent.start_char <= span.start < sent.end_char:
        where = "cur.here"
    else:
        where = "cur.outside"
    return [where, "cur.by=" + (steps or "?"), "cur.kind=" + source.kind]


#: The alternative's features also seen crossed with where the rules' source stands.
_CROSSED = ("where=", "dep=", "kind=")


@dataclass(slots=True)
class SourceAlternatives:
    """The candidate sources of an event other than the rules' own (``candidates``, nearest
    the predicate first); :meth:`current` makes the rules' source a candidate."""

    candidates: list[Candidate]
    event: Event
    sent: Span
    verb: Token | None
    named: Counter
    n: str
    history: SourceHistory

    @classmethod
    def of(
        cls,
        event: Event,
        sent: Span,
        state: DocumentState,
        named: Counter,
        readings: SentenceReadings,
    ) -> SourceAlternatives:
        """The alternatives of ``event``'s source among the named actors of the sentence and
        the one before (``readings``, read once for every event of the sentence)."""
        verb = verb_token(sent, event)
        source, target = event.source, event.target
        root_feature = "root=" + event.cameo[:2]
        history = SourceHistory.of(event, state)
        found: list[tuple[int, int, Actor, list[str]]] = []
        seen: set[str] = set()
        how = _how(source, sent)  # how the rules found their source, as each alternative sees it
        for r in readings.mentions:
            entry, cs = r.entry, r.span
            if entry.code == source.code or overlaps(source.span, cs):
                continue
            if target is not None and (entry.code == target.code or overlaps(target.span, cs)):
                continue
            if (entry.country or entry.code) == actor_key(source):
                continue  # another actor of the rules' source's state changes no country
            feats = [r.where_feature, r.kind_feature, root_feature, *r.before, "alternative"]
            key = entry.country or entry.code
            if target is not None and key == actor_key(target):
                feats.append("target.country")
            feats.append("named=" + size(named[key], (1, 2, 4, 8)))
            root = r.root
            if root is not None:
                feats.extend(code_crossed(root_feature, readings.position(root, verb)))
            feats.extend(history.features(key))
            feats.extend(how)
            feats.extend([how[0] + "|" + f for f in feats if f.startswith(_CROSSED)])
            distance = abs(r.start - verb.i) if verb is not None and root is not None else 999
            found.append((distance, r.start, r.actor, feats))
        if sourceless(event):
            found.extend(_unnamed(found, target, history, named, root_feature))
        found.sort(key=lambda x: (x[0], x[1]))
        out: list[Candidate] = []
        for _d, _s, actor, feats in found:
            if actor.code in seen:
                continue
            seen.add(actor.code)
            out.append(Candidate(actor, (*feats, "rank=" + size(len(out), (0, 1, 2)))))
        n = size(len(out), (1, 2, 4))
        out = [Candidate(c.actor, (*c.features, "candidates=" + n)) for c in out]
        return cls(out, event, sent, verb, named, n, history)

    def current(self) -> Candidate:
        """The rules' source as a candidate: how they resolved it and where it stands."""
        source, event = self.event.source, self.event
        key = actor_key(source)
        feats = current_features(
            source, event, self.sent, self.verb, self.named, self.n, outside="current.outside"
        )
        if event.target is not None and key == actor_key(event.target):
            feats.append("target.country")
        feats.extend(self.history.features(key))
        return Candidate(source, tuple(feats), current=True)
