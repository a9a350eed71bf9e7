"""The last stage of a sentence: learned checks of the events the rules made.

Three small trained models (:mod:`multivector.coding.verifier`) act, in order, on the sentence's
events once the rules are done:

1. the **target ranker** gives an event with no target the named actor nearby that most
   probably is its target, when it is sure enough (the rule then reads
   ``... +model:target-ranker 0.71``);
1b. the **source ranker** (:mod:`multivector.coding.verifier.sources`) replaces an event's
   source by a named actor nearby it finds much more probable (``... +model:source-ranker 0.71
   over 0.30``), and gives an act the rules found no source for (kept with a stand-in source
   when :attr:`Verification.keeps_sourceless`) its most probable candidate, or drops it
   (``... +model:source-ranker filled 0.31``; such an event then faces a verifier threshold of
   its own);
2. the **event verifier** drops an event whose features make it improbable (how it was coded,
   how its actors were found, what the sentence classifier thinks of its root); the sentence's
   trace says which and why (``dropped by model:event-verifier 0.12 ...``, see ``explain``).
   An event of a specific dictionary pattern ("ratify &AGREEMENT", "transfer to") faces a
   lower threshold of its own (at 0 it is spared): those are the dictionary's considered
   readings, bare verbs and nouns, the classifier's proposals and other rules face the general one.

None changes a code: an event coded under negation or modality (a refusal, an intention)
can be dropped, never turned into another act. The thresholds are data
(``verifier/settings.yaml``). For training, the stage records features and changes nothing.
"""

from __future__ import annotations

import dataclasses
from copy import copy
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Span

from multivector.coding.classifier import Opinion
from multivector.coding.state import DocumentState, Trace
from multivector.coding.token_index import sentence_of
from multivector.coding.verifier import LinearScorer, event_features
from multivector.coding.verifier.features import (
    OPINION_PREFIXES,
    base_features,
    rule_features,
    specific_pattern,
    with_opinion,
)
from multivector.coding.verifier.model import sigmoid
from multivector.coding.verifier.sources import SourceAlternatives, sourceless
from multivector.coding.verifier.targets import (
    FILLED_MARK,
    Alternatives,
    Candidate,
    SentenceReadings,
    named_counts,
)
from multivector.model import Event

SETTINGS_PATH = Path(__file__).parent / "verifier" / "settings.yaml"
VERIFIER = "model:event-verifier"
RANKER = "model:target-ranker"
SOURCE_RANKER = "model:source-ranker"
FILLED = FILLED_MARK  # the rule's mark of a source the ranker gave a sourceless act


@dataclass(frozen=True, slots=True)
class VerifierSettings:
    """When the learned checks act (see ``verifier/settings.yaml``)."""

    verify: bool = True
    min_probability: float = 0.0  # an event less probable than this is dropped
    strict_min_probability: float = 0.0  # ... in strict mode (``Coder(strict=True)``)
    spare_specific: bool = True  # ... unless a specific pattern coded it: then these apply
    specific_min_probability: float = 0.0  # (0: spared whatever the verifier says)
    strict_specific_min_probability: float = 0.0
    rank_targets: bool = True
    min_target_probability: float = 1.01  # a candidate target at least this probable is taken
    min_retarget_probability: float = 1.01  # an alternative to the rules' target: this probable
    retarget_margin: float = 1.01  # ... and this much more than the rules' target
    rank_sources: bool = False
    fill_sources: bool = False  # whether the rules' sourceless acts reach the ranker
    min_source_probability: float = 1.01  # a sourceless act takes a candidate this probable
    min_filled_probability: float = 0.0  # ... and stands if the verifier finds it this probable
    min_resource_probability: float = 1.01  # an alternative to the rules' source: this probable
    resource_margin: float = 1.01  # ... and this much more than the rules' source

    @classmethod
    def load(cls, path: Path = SETTINGS_PATH) -> VerifierSettings:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        verifier = data.get("verifier", {}) or {}
        ranker = data.get("target_ranker", {}) or {}
        sources = data.get("source_ranker", {}) or {}
        return cls(
            verify=bool(verifier.get("enabled", True)),
            min_probability=float(verifier.get("min_probability", 0.0)),
            strict_min_probability=float(verifier.get("strict_min_probability", 0.0)),
            spare_specific=bool(verifier.get("spare_specific_patterns", True)),
            specific_min_probability=float(verifier.get("specific_min_probability", 0.0)),
            strict_specific_min_probability=float(
                verifier.get("strict_specific_min_probability", 0.0)
            ),
            rank_targets=bool(ranker.get("enabled", True)),
            min_target_probability=float(ranker.get("min_probability", 1.01)),
            min_retarget_probability=float(ranker.get("min_alternative_probability", 1.01)),
            retarget_margin=float(ranker.get("alternative_margin", 1.01)),
            rank_sources=bool(sources.get("enabled", False)),
            fill_sources=bool(sources.get("fill_sourceless", False)),
            min_source_probability=float(sources.get("min_probability", 1.01)),
            min_filled_probability=float(sources.get("min_verified_probability", 0.0)),
            min_resource_probability=float(sources.get("min_alternative_probability", 1.01)),
            resource_margin=float(sources.get("alternative_margin", 1.01)),
        )


@dataclass(slots=True)
class Recording:
    """What the stage saw, for training: each event's features, each candidate target."""

    events: list[tuple[Event, list[str]]] = dataclasses.field(default_factory=list)
    targets: list[tuple[Event, list[Candidate]]] = dataclasses.field(default_factory=list)
    sources: list[tuple[Event, list[Candidate]]] = dataclasses.field(default_factory=list)


class Verification:
    """The target ranker, the source ranker and the event verifier as the coder uses them."""

    def __init__(
        self,
        verifier: LinearScorer | None = None,
        ranker: LinearScorer | None = None,
        second_opinion=None,
        settings: VerifierSettings | None = None,
        record: Recording | None = None,
        strict: bool = False,
        source_ranker: LinearScorer | None = None,
    ) -> None:
        self.verifier = verifier
        self.ranker = ranker
        self.source_ranker = source_ranker
        self.second_opinion = second_opinion
        self.settings = settings or VerifierSettings.load()
        self.record = record
        self.strict = strict
        # (state, counts, the mentions read by sentence) of the last document
        self._named: tuple[object, object, dict] | None = None
        self.scores: dict[int, str] | None = None  # for ``explain``: id(event) -> the verdict
        self._lowest: dict[str, float] = {}  # by root: the most the opinion can take off

    def check(
        self, sent: Span, events: list[Event], traces: list[Trace], state: DocumentState
    ) -> list[Event]:
        """:meth:`complete`, then :meth:`verify`."""
        return self.verify(sent, self.complete(sent, events, state), traces)

    def complete(self, sent: Span, events: list[Event], state: DocumentState) -> list[Event]:
        """The sentence's events, each targetless one with the ranker's target if it is sure,
        each other one with the ranker's alternative if it is much surer of it."""
        if not events or (
            self.record is None and not self._ranks_targets() and not self._ranks_sources()
        ):
            return events  # no ranker's answer is used: its candidates are not built
        if self._named is None or self._named[0] is not state:
            self._named = (state, named_counts(state), {})
        voiced = {e.verb_span for e in events if not sourceless(e)}
        events = [e for e in events if not sourceless(e) or e.verb_span not in voiced]
        previous = sentence_of(sent.doc[sent.start - 1]) if sent.start > 0 else None
        taken = {(e.source.code, e.cameo, e.target.code) for e in events if e.target is not None}
        readings = SentenceReadings.of(sent, state, previous, self._named[2])  # once for all events
        out = [self._with_target(e, sent, state, previous, taken, readings) for e in events]
        if self.record is None and not self._ranks_sources():
            return out
        taken = {(e.source.code, e.cameo, e.target.code) for e in out if e.target is not None}
        done = [self._with_source(e, sent, state, taken, readings) for e in out]
        return [e for e in done if e is not None]

    @property
    def keeps_sourceless(self) -> bool:
        """Whether the rules should keep an act whose source they did not find, with the
        stand-in source (``verifier/sources.py``): the source ranker fills or drops it."""
        return self.record is not None or (self._ranks_sources() and self.settings.fill_sources)

    def _ranks_targets(self) -> bool:
        return self.ranker is not None and self.settings.rank_targets

    def _ranks_sources(self) -> bool:
        return self.source_ranker is not None and self.settings.rank_sources

    def _filled(
        self, event: Event, found: SourceAlternatives, taken: set[tuple[str, str, str]]
    ) -> Event | None:
        """The sourceless ``event`` with the ranker's best candidate if it is sure enough (never
        a second act of a dyad the sentence's events already have), else None."""
        target = event.target.code if event.target is not None else None
        dyads = {(k[0], k[2]) for k in taken}
        scored = [(self.source_ranker.probability(c.features), c) for c in found.candidates
                  if (c.actor.code, target) not in dyads]  # fmt: skip
        p, best = max(scored, key=lambda x: x[0], default=(0.0, None))
        if best is None or p < self.settings.min_source_probability:
            return None
        taken.add((best.actor.code, event.cameo, target))
        return dataclasses.replace(
            event, source=copy(best.actor), rule=f"{event.rule} {FILLED} {p:.2f}"
        )

    def _with_source(
        self,
        event: Event,
        sent: Span,
        state: DocumentState,
        taken: set[tuple[str, str, str]],
        readings: SentenceReadings,
    ) -> Event | None:
        """``event`` with the source the source ranker prefers to the rules' one, if it is
        much surer of it (never one that makes a duplicate of another event of the sentence);
        an act with no source (:func:`sourceless`) with the ranker's best candidate if it is
        sure enough, else None."""
        found = SourceAlternatives.of(event, sent, state, self._named[1], readings)
        unfound = sourceless(event)
        if self.record is not None:
            current = [] if unfound else [found.current()]
            self.record.sources.append((event, [*found.candidates, *current]))
        s = self.settings
        if not found.candidates or not self._ranks_sources():
            return None if unfound else event
        if unfound:
            return self._filled(event, found, taken) if s.fill_sources else None
        target = event.target.code if event.target is not None else None
        scored = [
            (self.source_ranker.probability(c.features), c)
            for c in found.candidates
            if (c.actor.code, event.cameo, target) not in taken
        ]
        p, best = max(scored, key=lambda x: x[0], default=(0.0, None))
        if best is None or p < s.min_resource_probability:
            return event
        p_current = self.source_ranker.probability(found.current().features)
        if p - p_current < s.resource_margin:
            return event
        return dataclasses.replace(
            event,
            source=copy(best.actor),
            rule=f"{event.rule} +{SOURCE_RANKER} {p:.2f} over {p_current:.2f}",
        )

    def verify(self, sent: Span, events: list[Event], traces: list[Trace]) -> list[Event]:
        """The events the verifier lets stand (all of them when recording)."""
        if not events or (self.verifier is None and self.record is None):
            return events
        if self.record is not None:
            opinion = self._opinion(sent)
            features = [event_features(e, sent, events, opinion) for e in events]
            self.record.events.extend(zip(events, features, strict=True))
            return events
        s = self.settings
        if not s.verify:
            return events
        general = s.strict_min_probability if self.strict else s.min_probability
        specific = s.strict_specific_min_probability if self.strict else s.specific_min_probability
        kept = []
        opinion: Opinion | None | bool = False  # not asked yet: the classifier costs a pass
        for event in events:
            # a specific pattern has its own (lower) threshold, told by the rule's features
            # alone; at 0 it is spared and the rest need not be read (unless ``explain`` wants
            # every score)
            threshold = general
            if s.spare_specific and specific_pattern(rule_features(event.rule)):
                threshold = specific
            if FILLED in event.rule:  # a source the rules did not find: judged apart
                threshold = max(threshold, s.min_filled_probability)
            spared = threshold <= 0.0
            if spared and self.scores is None:
                kept.append(event)
                continue
            feats = base_features(event, sent, events)
            if self.scores is None and self._surely_above(feats, event, threshold):
                kept.append(event)  # whatever the classifier says
                continue
            if opinion is False:
                opinion = self._opinion(sent)
            feats += with_opinion(opinion, event.cameo)
            p = self.verifier.probability(feats)
            if self.scores is not None:
                self.scores[id(event)] = f"verifier {p:.2f}" + (", spared" if spared else "")
            if spared or p >= threshold:
                kept.append(event)
                continue
            why = ", ".join(f"{f} {w:+.2f}" for f, w in self.verifier.strongest(feats))
            target = event.target.code if event.target else "-"
            traces.append(
                Trace(
                    event.verb_text,
                    "",
                    f"dropped by {VERIFIER} {p:.2f}: {event.source.code} -> {target} "
                    f"{event.cameo} [{event.rule}] ({why})",
                )
            )
        return kept

    def _opinion(self, sent: Span) -> Opinion | None:
        return self.second_opinion.opinion(sent) if self.second_opinion is not None else None

    def _surely_above(self, feats: list[str], event: Event, threshold: float) -> bool:
        """Whether the event stays at or above ``threshold`` whatever the classifier's opinion
        adds (its most negative weights): then the classifier need not be asked."""
        if self.second_opinion is None:
            return False
        low = self._lowest.get(event.cameo[:2])
        if low is None:
            v = self.verifier
            low = sum(v.lowest(p) for p in OPINION_PREFIXES) + v.lowest(
                f"root={event.cameo[:2]}|p_root="
            )
            self._lowest[event.cameo[:2]] = low
        return sigmoid(self.verifier.score(feats) + low) >= threshold

    def _with_target(
        self,
        event: Event,
        sent: Span,
        state: DocumentState,
        previous: Span | None,
        taken: set[tuple[str, str, str]],
        readings: SentenceReadings | None = None,
    ) -> Event:
        """``event`` with the target the ranker prefers, if it is sure enough; never one that
        another event of the sentence with the same source and code already has ("stressed the
        need for integration with Russia, Ukraine and Belarus": three events, not two)."""
        found = Alternatives.of(event, sent, state, self._named[1], previous, readings)
        if self.record is not None and not sourceless(event):  # the ranker learns from sourced acts
            current = [found.current()] if event.target is not None else []
            self.record.targets.append((event, [*found.candidates, *current]))
        s = self.settings
        if self.ranker is None or not found.candidates or not s.rank_targets:
            return event
        key = (event.source.code, event.cameo)
        scored = [
            (self.ranker.probability(c.features), c)
            for c in found.candidates
            if (*key, c.actor.code) not in taken
        ]
        p, best = max(scored, key=lambda x: x[0], default=(0.0, None))
        if best is None:
            return event
        if event.target is None:
            if p < s.min_target_probability:
                return event
            return dataclasses.replace(event, target=copy(best.actor), rule=f"{event.rule} +{RANKER} {p:.2f}")
        if p < s.min_retarget_probability:
            return event  # no alternative could replace the rules' target: it need not be scored
        p_current = self.ranker.probability(found.current().features)
        if p - p_current < s.retarget_margin:
            return event
        return dataclasses.replace(
            event, target=copy(best.actor), rule=f"{event.rule} +{RANKER} {p:.2f} over {p_current:.2f}"
        )
