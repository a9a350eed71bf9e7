"""How the rule-based coder consults the event classifier (its "second opinion").

Its uses, each recorded in the event's ``rule`` or in the predicate's trace (``explain``):

* **arbitration** — when patterns of equal specificity fit one predicate with different codes,
  the code the classifier finds more probable for the sentence wins
  (``... +model:event-classifier chose 0.62``);
* **proposal** — a sentence whose predicates no pattern fits, but which the classifier finds
  very probably reports an event, is coded with the classifier's code on its main predicate;
  sources, targets, dates and modality come from the same stages as a pattern's
  (``model:event-classifier 0.91 root 19``);
* **addition** — a sentence the rules coded gets one more act, on a verb they did not code, of
  a root none of its events has, when the classifier is very sure of it (``... beside``);
* **refinement** — a residual code made specific (``... +model:event-classifier refined 0.62``);
* **veto** — an event of a weak rule (a bare verb pattern, an event noun, a residual code) whose
  root the classifier finds very improbable for its sentence is dropped, and the predicate's
  trace says so (``vetoed by model:event-classifier: root 19 0.01 ...``);
* **recoding** — such an event on the sentence's main predicate (which the veto spares) takes
  the likeliest code of the root the classifier finds probable instead, unless another
  predicate of the sentence was coded with that root (``... +model:event-classifier recoded
  0.93``).

The classifier never overrides a negation or modality decision: a sentence where modality
blocked a predicate gets no proposal, a proposed predicate passes the modality stage like any
other, and an intention, threat, refusal, attempt, obligation or wish is never vetoed or
recoded. The
thresholds are data (``classifier/settings.yaml``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from multivector.coding.build import recoded
from multivector.coding.classifier import NONE, EventClassifier, Opinion
from multivector.coding.dictionary import EventDictionary, EventPattern
from multivector.coding.predicates import Match
from multivector.coding.state import Trace
from multivector.model import Event
from multivector.ontology import load_ontology

SETTINGS_PATH = Path(__file__).parent / "classifier" / "settings.yaml"
RULE = "model:event-classifier"


@dataclass(frozen=True, slots=True)
class Settings:
    """When the classifier may act (see ``classifier/settings.yaml``)."""

    propose: bool = True
    min_root_probability: float = 0.8
    min_code_probability: float = 0.3
    propose_roots: frozenset[str] = frozenset()  # empty: every root
    max_candidates: int = 3
    require_target: bool = True
    targetless_roots: frozenset[str] = frozenset()  # roots proposed without a target too
    targetless_min_root_probability: float | None = None  # their threshold (None: the same)
    # a predicate modality blocked stops proposals of the roots its patterns have only ("root");
    # "sentence": it stops every proposal in its sentence
    modality_block: str = "sentence"
    # "addition": a sentence the rules coded may get one more act, of a root none of its events
    # has, when the classifier is at least this sure of it (above 1: off)
    add_min_root_probability: float = 2.0
    arbitrate: bool = True
    refine_min_probability: float = 2.0  # above 1: off
    veto: bool = False
    veto_max_root_probability: float = 0.0  # a weak rule's root below this: dropped
    veto_min_none_probability: float = 2.0  # ... or "no event" at least this (above 1: off)
    veto_weak: frozenset[str] = frozenset()  # which rules are weak (see ``weakness``)
    veto_min_other_root: float = 0.0  # ... and another event root at least this probable
    veto_spare_main: bool = False  # never veto an event on the sentence's main predicate
    recode: bool = False  # a weak rule's event on the main predicate recoded into another root
    recode_max_root_probability: float = 0.0  # ... when its root is below this
    recode_min_other_root: float = 2.0  # ... and another root at least this probable
    recode_weak: frozenset[str] = frozenset()  # ... and the rule is weak so (see ``weakness``)
    recode_spare_object_nouns: bool = True  # ... nor into a root an event noun of its phrase has
    recode_max_specificity: int | None = None  # ... nor a rule with more requirements than this

    @classmethod
    def load(cls, path: Path = SETTINGS_PATH) -> Settings:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        propose = data.get("propose", {}) or {}
        veto = data.get("veto", {}) or {}
        recode = data.get("recode", {}) or {}
        return cls(
            propose=bool(propose.get("enabled", True)),
            min_root_probability=float(propose.get("min_root_probability", 0.8)),
            min_code_probability=float(propose.get("min_code_probability", 0.3)),
            propose_roots=frozenset(str(r) for r in propose.get("roots", []) or []),
            max_candidates=int(propose.get("max_candidates", 3)),
            require_target=bool(propose.get("require_target", True)),
            targetless_roots=frozenset(str(r) for r in propose.get("targetless_roots", []) or []),
            targetless_min_root_probability=_optional(
                propose.get("targetless_min_root_probability")
            ),
            modality_block=_one_of(propose.get("modality_block", "sentence"), MODALITY_BLOCKS),
            add_min_root_probability=float(
                (data.get("add", {}) or {}).get("min_root_probability", 2.0)
            ),
            arbitrate=bool((data.get("arbitrate", {}) or {}).get("enabled", True)),
            refine_min_probability=float(
                (data.get("refine", {}) or {}).get("min_code_probability", 2.0)
            ),
            veto=bool(veto.get("enabled", False)),
            veto_max_root_probability=float(veto.get("max_root_probability", 0.0)),
            veto_min_none_probability=float(veto.get("min_none_probability", 2.0)),
            veto_weak=frozenset(str(w) for w in veto.get("weak", []) or []),
            veto_min_other_root=float(veto.get("min_other_root_probability", 0.0)),
            veto_spare_main=bool(veto.get("spare_main_predicate", False)),
            recode=bool(recode.get("enabled", False)),
            recode_max_root_probability=float(recode.get("max_root_probability", 0.0)),
            recode_min_other_root=float(recode.get("min_other_root_probability", 2.0)),
            recode_weak=frozenset(str(w) for w in recode.get("weak", []) or []),
            recode_spare_object_nouns=bool(recode.get("spare_object_nouns", True)),
            recode_max_specificity=_optional_int(recode.get("max_specificity")),
        )


class SecondOpinion:
    """The classifier as the coder uses it: one opinion per sentence, computed on demand."""

    def __init__(self, classifier: EventClassifier, settings: Settings | None = None) -> None:
        self.classifier = classifier
        self.settings = settings or Settings.load()
        self._doc = None  # the sentence last asked about (a reference, not an id: ids are reused)
        self._start = -1
        self._opinion: Opinion | None = None
        self._vetoed: tuple[object, int] | None = None  # the last sentence the veto acted in
        self._labels: list[str] | None = None  # the code labels ``_under`` was read from
        self._under: dict[str, list[str]] = {}  # prefix -> the codes below it
        # the codes the sentence's earlier predicates were coded with, as ``refine`` was last
        # given them (events.py calls it for each predicate just before ``review``)
        self._taken: tuple[object, int, frozenset[str] | set[str]] | None = None
        # the rules' event patterns (``know_dictionary``), for the recoding's guard: the
        # classifier reads an act the object names ("lamented Hungary's veto")
        self._dictionary: EventDictionary | None = None

    def know_dictionary(self, events: EventDictionary) -> None:
        """Tell the recoding the coder's event patterns (which nouns name acts)."""
        self._dictionary = events

    def forget(self) -> None:
        """Drop the opinion kept of the last sentence (after the classifier is replaced)."""
        self._doc, self._start, self._opinion = None, -1, None

    def opinion(self, sent: Span) -> Opinion:
        """The classifier's opinion of ``sent`` (kept until another sentence is asked about)."""
        if sent.doc is not self._doc or sent.start != self._start or self._opinion is None:
            self._opinion = self.classifier.opinion(sent)
            self._doc, self._start = sent.doc, sent.start
        return self._opinion

    # ---------------------------------------------------------------- arbitration
    def chooser(self, sent: Span):
        """A ``choose`` function for :func:`~multivector.coding.predicates.match_patterns`."""
        if not self.settings.arbitrate:
            return None

        def choose(matches: list[Match]) -> Match:
            op = self.opinion(sent)

            def score(m: Match) -> float:
                code = m.pattern.code
                return op.codes.get(code, 0.0) + op.root_probability(code)

            best = max(matches, key=score)  # max keeps the first (file order) on a tie
            p = op.codes.get(best.pattern.code, op.root_probability(best.pattern.code))
            rule = f"{best.pattern.rule} +{RULE} chose {p:.2f}"
            return Match(dataclasses.replace(best.pattern, rule=rule), best.objects, best.preps)

        return choose

    # ---------------------------------------------------------------- refinement
    def refine(
        self, sent: Span, code: str, rule: str, taken: frozenset[str] | set[str] = frozenset()
    ) -> tuple[str, str]:
        """A residual code ("190", "12") made specific when the classifier is sure of a code
        below it ("194"), and surer of it than of the residual code. A code in ``taken`` (one
        another predicate of the sentence was coded with) is not offered: the classifier reads
        the whole sentence, and "visited ... where he met" is sure of 042 because of "visited"."""
        s = self.settings
        self._taken = (sent.doc, sent.start, taken)  # the recoding reads it (``review``)
        if s.refine_min_probability > 1 or not (len(code) == 2 or code.endswith("0")):
            return code, rule
        prefix = code[:2] if code.endswith("0") else code
        op = self.opinion(sent)
        codes = op.codes
        best = max(  # a code below the residual one: "12" is no refinement of "120"
            (
                (c, codes[c])
                for c in self._below(prefix, codes)
                if c != code and c not in taken
            ),
            key=lambda kv: kv[1],
            default=None,
        )
        if best is None or best[1] < max(s.refine_min_probability, op.codes.get(code, 0.0)):
            return code, rule  # not sure enough, or surer of the residual code itself
        return best[0], f"{rule} +{RULE} refined {best[1]:.2f}"

    def _below(self, prefix: str, codes: Mapping[str, float]) -> list[str]:
        """The codes of more than two digits under ``prefix``, in the classifier's order (kept
        by prefix when the classifier has fixed ``code_labels``: ~300 are not read each time)."""
        labels = getattr(self.classifier, "code_labels", None)
        if labels is None:
            return [c for c in codes if c.startswith(prefix) and len(c) > 2]
        if self._labels is not labels:
            self._labels, self._under = labels, {}
        under = self._under.get(prefix)
        if under is None:
            under = self._under[prefix] = [c for c in labels if c.startswith(prefix) and len(c) > 2]
        return under

    # ---------------------------------------------------------------- veto
    def review(
        self,
        sent: Span,
        pattern: EventPattern,
        noun: bool,
        decided: bool,
        events: list[Event],
        trace: Trace,
    ) -> list[Event]:
        """The rule's ``events`` the classifier lets stand: all of them, unless the rule is
        weak (``weakness``) and the classifier finds the events' root very improbable for the
        sentence (or finds "no event" very probable). With ``recode``, such an event on the
        sentence's main predicate (which the veto spares) is given the likeliest code of the
        root the classifier finds very probable instead (``recoded``). ``decided``: negation or
        modality shaped the code (an intention, threat, refusal or attempt), which the
        classifier never overrides; proposals are the classifier's own."""
        s = self.settings
        if not (s.veto or s.recode) or decided or not events or pattern.rule.startswith(RULE):
            return events
        weak = weakness(pattern, noun, events)
        veto_weak = weak & s.veto_weak if s.veto else set()
        recode = s.recode and bool(weak & s.recode_weak)
        if recode and s.recode_max_specificity is not None:
            recode = pattern.specificity <= s.recode_max_specificity  # a phrase is considered
        if not veto_weak and not recode:
            return events
        # an event on the main predicate is spared whatever the classifier says: it is asked
        # only about the others (one opinion per sentence, kept); with ``recode`` it is asked
        # about those too, and an event of another root may take their place
        kept: list[Event] = []
        taken = self._sentence_codes(sent) if recode else frozenset()
        for e in events:
            main = (s.veto_spare_main or recode) and on_main_predicate(sent, e)
            if recode and main and (new := self.recoded(self.opinion(sent), e, taken, sent)):
                kept.append(new)
            elif (
                not veto_weak
                or (s.veto_spare_main and main)
                or not self.vetoes(self.opinion(sent), e.cameo)
            ):
                kept.append(e)
        if len(kept) < len(events):
            op = self.opinion(sent)
            self._vetoed = (sent.doc, sent.start)
            code = events[0].cameo
            trace.outcome = (
                f"vetoed by {RULE}: root {code[:2]} {op.root_probability(code):.2f}, none "
                f"{op.roots.get(NONE, 0.0):.2f} for a weak rule ({', '.join(sorted(veto_weak))}: "
                f"{pattern.rule}); {len(events) - len(kept)} event(s) dropped"
            )
        return kept

    def _sentence_codes(self, sent: Span) -> frozenset[str] | set[str]:
        """The codes ``sent``'s earlier predicates were coded with (as ``refine`` saw them)."""
        if self._taken is None or self._taken[:2] != (sent.doc, sent.start):
            return frozenset()
        return self._taken[2]

    def recoded(
        self,
        op: Opinion,
        event: Event,
        taken: frozenset[str] | set[str] = frozenset(),
        sent: Span | None = None,
    ) -> Event | None:
        """``event`` with the likeliest code of the root ``op`` finds probable, when ``op``
        finds ``event``'s own root very improbable (None: not so). Never into a root of a code
        in ``taken`` (another predicate of the sentence was coded with it: the classifier reads
        the whole sentence, and "expelled or killed" is sure of 20 because of "killed"), nor,
        given ``sent``, into the root of an event noun in the phrase of the event's verb
        ("lamented Hungary's veto": the classifier reads the veto, 12, not the lament), nor
        into the root of a verb conjoined with the event's (``conjunct_roots``).
        Sources, targets, date and provenance are kept; the rule says
        ``+model:event-classifier recoded 0.93``."""
        s = self.settings
        root = best_other_root(op, event.cameo)
        if root is None or op.root_probability(event.cameo) >= s.recode_max_root_probability:
            return None
        if any(c[:2] == root for c in taken):
            return None
        if sent is not None and self._dictionary is not None and (
            root in conjunct_roots(sent, event, self._dictionary.verbs)
        ):  # "joined the council and sells gas to Poland": the selling is its own act
            return None
        if (
            s.recode_spare_object_nouns
            and sent is not None
            and self._dictionary is not None
            and root
            in object_noun_roots(sent, event, self._dictionary.nouns, self._dictionary.verbs)
        ):
            return None
        p_other = op.roots.get(root, 0.0)
        best = op.best_code(root)
        if p_other < s.recode_min_other_root or best is None:
            return None
        return recoded(
            load_ontology(), event, best[0], rule=f"{event.rule} +{RULE} recoded {p_other:.2f}"
        )

    def vetoes(self, op: Opinion, code: str) -> bool:
        """Whether ``op`` is sure enough that the sentence reports no event of ``code``'s root
        (and, with ``veto_min_other_root``, that it reports an event of another root)."""
        s = self.settings
        improbable = (
            op.root_probability(code) < s.veto_max_root_probability
            or op.roots.get(NONE, 0.0) >= s.veto_min_none_probability
        )
        return improbable and other_root(op, code) >= s.veto_min_other_root

    # ---------------------------------------------------------------- proposal
    def proposal(self, sent: Span) -> EventPattern | None:
        """The pattern the classifier proposes for a sentence no pattern coded, if it is sure."""
        s = self.settings
        if not s.propose or self._vetoed == (sent.doc, sent.start):
            return None  # a sentence whose rule event the veto dropped gets no proposal either
        op = self.opinion(sent)
        root, p_root = op.best_root()
        if root == NONE or p_root < self.min_root_probability(root):
            return None
        if s.propose_roots and root not in s.propose_roots:
            return None
        return self._pattern(op, root, p_root)

    def addition(self, sent: Span, roots: Collection[str]) -> EventPattern | None:
        """The pattern of one more act for a sentence the rules coded with events of ``roots``:
        the root the classifier finds likeliest among the others, when it is at least
        ``add_min_root_probability`` sure of it ("praised Chile and dined with its foreign
        minister": 051 by the rules, 04 by the classifier on "dined"). The rule says
        ``model:event-classifier 0.97 root 04 code 040 0.61 beside``."""
        s = self.settings
        if not s.propose or s.add_min_root_probability > 1 or self._vetoed == (sent.doc, sent.start):
            return None
        op = self.opinion(sent)
        others = [(p, r) for r, p in op.roots.items() if r != NONE and r not in roots]
        if not others or (best := max(others))[0] < s.add_min_root_probability:
            return None
        if s.propose_roots and best[1] not in s.propose_roots:
            return None
        return self._pattern(op, best[1], best[0], " beside")

    def _pattern(self, op: Opinion, root: str, p_root: float, note: str = "") -> EventPattern:
        """The proposed pattern of ``root``: its likeliest code when the classifier is sure
        enough of that code (``min_code_probability``), else the root's residual code."""
        best = op.best_code(root)
        code = best[0] if best and best[1] >= self.settings.min_code_probability else root + "0"
        p_code = best[1] if best else 0.0
        return EventPattern(
            head="",
            requirements=(),
            code=code,
            rule=f"{RULE} {p_root:.2f} root {root} code {code} {p_code:.2f}{note}",
        )

    def blocked(
        self,
        pattern: EventPattern,
        blocked_lemmas: Sequence[str],
        events: EventDictionary,
        tried_lemmas: Sequence[str] = (),
    ) -> bool:
        """Whether the rules' decisions forbid the proposed ``pattern`` (``events``: the coder's
        patterns). ``blocked_lemmas``: predicates modality did not code (a negation, a deferral,
        a consequence ...). The classifier reads the whole sentence and finds the blocked act in
        it ("did not pound": 19). With ``modality_block: sentence`` no proposal is made beside a
        blocked predicate; with ``root`` none of a root a blocked word has patterns of, none at
        all beside a blocked word with no pattern, and, beside a blocked word, none of a root of
        the ``tried_lemmas`` either (predicates a pattern fitted whose event the argument stages
        did not make: "found the proposals threatening", no one threatening, is no 13)."""
        s = self.settings
        if s.modality_block != "root" or not blocked_lemmas:
            return bool(blocked_lemmas)
        root = pattern.code[:2]
        if any(not (roots := events.roots_of(lemma)) or root in roots for lemma in blocked_lemmas):
            return True  # a blocked word of this root, or of no pattern at all
        return any(root in events.roots_of(lemma) for lemma in tried_lemmas)

    def min_root_probability(self, root: str) -> float:
        """How sure of ``root`` the classifier must be to propose an event of it."""
        s = self.settings
        if root in s.targetless_roots and s.targetless_min_root_probability is not None:
            return s.targetless_min_root_probability
        return s.min_root_probability

    def accepted(self, events: list[Event]) -> list[Event]:
        """The proposed ``events`` the coder keeps: with ``require_target``, only interactions,
        except for the roots of acts often done with no one as their target (a protest, a show
        of force). A sentence-level classifier cannot tell "the navies shared data" from an act
        on someone: proposals with no target were its most frequent false events."""
        s = self.settings
        if not s.require_target:
            return events
        return [e for e in events if e.target is not None or e.cameo[:2] in s.targetless_roots]

    def candidates(
        self,
        sent: Span,
        speech_verbs: frozenset[str] | set[str],
        coded: Collection[int] = (),
    ) -> list[Token]:
        """Predicates to try a proposal on: verbs nearest the root first, speech verbs last;
        none of ``coded`` (the token indices of predicates the rules coded)."""
        verbs = list(uncoded_verbs(sent, coded))

        def depth(t: Token) -> int:
            d = 0
            while t.head.i != t.i and d < 50:
                t, d = t.head, d + 1
            return d

        verbs.sort(key=lambda t: (t.lemma_.lower() in speech_verbs, depth(t), t.i))
        return verbs[: self.settings.max_candidates]


def uncoded_verbs(sent: Span, coded: Collection[int] = ()) -> Iterator[Token]:
    """The verbs of ``sent`` a proposal may be tried on: none of ``coded`` (the token indices
    of predicates the rules coded)."""
    return (t for t in sent if t.pos_ == "VERB" and t.i not in coded)


MODALITY_BLOCKS = ("sentence", "root")  # what a predicate modality blocked forbids


def _one_of(value: object, allowed: tuple[str, ...]) -> str:
    if str(value) not in allowed:
        raise ValueError(f"classifier settings: {value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _optional(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def _optional_int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def other_root(op: Opinion, code: str) -> float:
    """The probability of the likeliest event root other than ``code``'s."""
    return max((p for r, p in op.roots.items() if r not in (NONE, code[:2])), default=0.0)


def best_other_root(op: Opinion, code: str) -> str | None:
    """The likeliest event root other than ``code``'s (None: the classifier knows no other)."""
    others = [(p, r) for r, p in op.roots.items() if r not in (NONE, code[:2])]
    return max(others)[1] if others else None


MAIN_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def on_main_predicate(sent: Span, event: Event) -> bool:
    """Whether ``event``'s verb is the sentence's main predicate: its root, the clause its root
    reports ("X attacked Y, officials said": "attacked"), or a verb coordinated with one of
    those ("X seized Y and handed it to Z": "handed"). The veto is meant for a weak rule
    that fired on a word beside the act the sentence reports, not on the act itself."""
    if event.verb_span is None:
        return False
    start = event.verb_span.start
    verb = next((t for t in sent if t.idx == start), None)
    if verb is None:
        return False
    root = sent.root
    for _ in range(8):  # "X was seized and handed to Y": a conjunct of a main predicate is one
        if verb.i == root.i or (verb.head.i == root.i and verb.dep_ in MAIN_CLAUSE_DEPS):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_of(sent: Span, event: Event) -> Token | None:
    """The token of ``sent`` where ``event``'s verb starts, or None."""
    if event.verb_span is None:
        return None
    return next((t for t in sent if t.idx == event.verb_span.start), None)


def object_noun_roots(
    sent: Span,
    event: Event,
    nouns: Mapping[str, list[EventPattern]],
    verbs: Mapping[str, list[EventPattern]] | None = None,
) -> set[str]:
    """The roots of the event nouns in the phrase of ``event``'s verb ("lamented Hungary's
    veto": 12): the classifier reads them too, and may be sure of their root, not the verb's.
    With ``verbs``, a noun whose lemma heads verb patterns counts too ("veto", "cut")."""
    verb = _verb_of(sent, event)
    if verb is None:
        return set()
    out = set()
    for t in verb.subtree:
        if t.i == verb.i or t.pos_ != "NOUN":
            continue
        lemma = t.lemma_.lower()
        out.update(p.code[:2] for p in nouns.get(lemma, ()))
        if verbs is not None:
            out.update(p.code[:2] for p in verbs.get(lemma, ()))
    return out


def conjunct_roots(sent: Span, event: Event, verbs: Mapping[str, list[EventPattern]]) -> set[str]:
    """The roots of the verbs conjoined with ``event``'s verb ("joined the council in 1996 and
    sells gas": 06 of "sell"): each is an act of its own, coded (or left uncoded by modality)
    by the rules, and the classifier, reading the whole sentence, may be sure of its root."""
    verb = _verb_of(sent, event)
    if verb is None:
        return set()
    return {
        p.code[:2]
        for c in verb.conjuncts
        if c.pos_ in ("VERB", "AUX")
        for p in verbs.get(c.lemma_.lower(), ())
    }


def weakness(pattern: EventPattern, noun: bool, events: list[Event]) -> set[str]:
    """Why a rule's events are weak evidence: ``bare`` (a verb with no requirement on its
    objects), ``noun`` (an event noun), ``residual`` (a root's residual code: "190", "04"),
    ``generic`` (an actor is an agent noun: "rebels", "officials")."""
    out = set()
    if noun:
        out.add("noun")
    elif pattern.specificity == 0:
        out.add("bare")
    code = pattern.code
    if len(code) == 2 or (len(code) == 3 and code.endswith("0")):
        out.add("residual")
    if any(a is not None and a.kind == "agent" for e in events for a in (e.source, e.target)):
        out.add("generic")
    return out


def load_second_opinion(path: str | None = None) -> SecondOpinion:
    """The bundled classifier and settings (raises ``ClassifierNotBuilt`` when not trained)."""
    from multivector.coding.classifier import load_classifier

    return SecondOpinion(load_classifier(path))
