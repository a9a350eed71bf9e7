"""The learned checks work out only what can matter (speed12): each shortcut gives the same
result as the full computation it skips."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from spacy.tokens import Doc
from spacy.vocab import Vocab
from test_verification import _doc, _event, _scorer, _state, _with_current

from multivector.coding.classifier import EventClassifier, Opinion
from multivector.coding.classifier.model import LazyScores
from multivector.coding.dictionary import EventPattern
from multivector.coding.second_opinion import SecondOpinion, Settings
from multivector.coding.state import Trace
from multivector.coding.verification import Verification, VerifierSettings
from multivector.coding.verifier import LinearScorer
from multivector.coding.verifier.features import rule_features
from multivector.coding.verifier.targets import Alternatives, target_candidates
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan


def _classifier(seed: int = 3) -> EventClassifier:
    rng = np.random.default_rng(seed)
    vocab = [f"w={w}" for w in ("meet", "talk", "arrest", "police", "river", "sign")]
    roots, codes = ["04", "17", "none"], ["040", "042", "173", "057"]
    return EventClassifier(
        vocab, roots, rng.normal(size=(len(vocab) + 4, 3)), rng.normal(size=3),
        codes, rng.normal(size=(len(vocab) + 4, 4)) * 8, rng.normal(size=4),
        tensor_mean=np.zeros(4), tensor_scale=np.ones(4),
    )  # fmt: skip


def _eager_codes(model: EventClassifier, feats: list[str], dense: np.ndarray | None) -> dict:
    rows = model.feature_rows(feats)
    scores = model.code_weights[rows].sum(axis=0) + model.code_bias
    if dense is not None:
        scores += dense @ model.code_weights[len(model.vocabulary) :]
    probs = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
    return dict(zip(model.code_labels, probs.tolist(), strict=True))


def test_the_code_head_is_worked_out_when_read_and_equals_the_eager_one():
    model = _classifier()
    dense = np.array([0.5, -1.0, 2.0, 0.1], dtype=np.float32)
    for feats, block in ((["w=meet", "w=talk"], dense), (["w=police", "w=unknown"], None)):
        op = model.opinion_of_features(feats, block)
        assert isinstance(op.codes, LazyScores) and op.codes._scores is None  # not yet read
        eager = _eager_codes(model, feats, block)
        assert dict(op.codes.items()) == eager  # bit for bit
        assert op.codes == eager and len(op.codes) == 4 and "042" in op.codes
        assert op.codes.get("999", 0.0) == 0.0 and op.best_code() == max(
            eager.items(), key=lambda kv: kv[1]
        )


class CountingOpinion:
    """A stand-in classifier that counts how often it is asked."""

    def __init__(self, roots: dict[str, float]) -> None:
        self.op, self.calls = Opinion(roots=roots, codes={}), 0

    def opinion(self, sent):
        self.calls += 1
        return self.op


def _veto_doc() -> Doc:
    # "Chile hosted Peru and met Bolivia": "hosted" is the root, "met" a conjunct of it,
    # "Bolivia" is no predicate at all
    words = ["Chile", "hosted", "Peru", "and", "met", "Bolivia"]
    return Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 4],
               deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
               pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PROPN"],
               sent_starts=[True] + [False] * 5)  # fmt: skip


def _veto_event(doc: Doc, i: int) -> Event:
    verb = doc[i]
    return Event("d", 0, "s", Actor("Chile", "CHL", "CHL"), Actor("Peru", "PER", "PER"), "042",
                 None, 1, 1.0, "r", verb_text=verb.text,
                 verb_span=CharSpan(verb.idx, verb.idx + len(verb.text)))  # fmt: skip


def test_the_veto_asks_the_classifier_only_about_events_off_the_main_predicate():
    settings = Settings(veto=True, veto_max_root_probability=0.05, veto_min_none_probability=0.9,
                        veto_weak=frozenset({"bare"}), veto_spare_main=True)  # fmt: skip
    pattern = EventPattern("host", (), "042", "test.yaml:1 042 host")
    doc = _veto_doc()
    sent = doc[:]
    on_main = [_veto_event(doc, 1), _veto_event(doc, 4)]
    judge = CountingOpinion({"04": 0.01, "none": 0.99})
    kept = SecondOpinion(judge, settings).review(sent, pattern, False, False, on_main, Trace("", "", ""))
    assert kept == on_main and judge.calls == 0  # spared whatever the classifier says
    off_main = [_veto_event(doc, 1), _veto_event(doc, 5)]  # a made-up event on "Bolivia"
    trace = Trace("", "", "coded")
    out = SecondOpinion(judge, settings).review(sent, pattern, False, False, off_main, trace)
    assert out == off_main[:1] and judge.calls == 1 and "vetoed by" in trace.outcome
    every = dataclasses.replace(settings, veto_spare_main=False)  # without sparing: both asked
    assert SecondOpinion(judge, every).review(sent, pattern, False, False, on_main, trace) == []


def _reference_with_target(ranker: LinearScorer, settings: VerifierSettings, event: Event,
                           doc: Doc) -> Event:  # fmt: skip
    """The ranker's decision as it was made before speed12: every candidate scored."""
    candidates = target_candidates(event, doc[:], _state(doc))
    scored = [(ranker.probability(c.features), c) for c in candidates]
    p, best = max(((p, c) for p, c in scored if not c.current), key=lambda x: x[0],
                  default=(0.0, None))  # fmt: skip
    if best is None:
        return event
    if event.target is None:
        if p < settings.min_target_probability:
            return event
        return dataclasses.replace(event, target=best.actor, rule=f"{event.rule} +r {p:.2f}")
    p_current = next(q for q, c in scored if c.current)
    if p < settings.min_retarget_probability or p - p_current < settings.retarget_margin:
        return event
    return dataclasses.replace(event, target=best.actor, rule=f"{event.rule} +r {p:.2f} over {p_current:.2f}")


def test_the_rules_target_is_scored_only_when_an_alternative_could_replace_it():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_target_probability=0.3,
                                min_retarget_probability=0.7, retarget_margin=0.1)  # fmt: skip
    rankers = [_scorer({"alternative": 3.0, "current": -1.0}), _scorer({"alternative": 3.0}),
               _scorer({"alternative": 0.5, "current": 1.0}), _scorer({"side=after": 3.0}),
               _scorer({"side=after": -3.0}, bias=0.5)]  # fmt: skip
    for ranker in rankers:
        for event in (_with_current(doc), _event(doc)):
            [got] = Verification(ranker=ranker, settings=settings).complete(doc[:], [event], _state(doc))
            want = _reference_with_target(ranker, settings, event, doc)
            assert got.target == want.target
            assert got.rule.replace("+model:target-ranker", "+r") == want.rule
    found = Alternatives.of(_with_current(doc), doc[:], _state(doc), Counter())
    assert [*found.candidates, found.current()] == target_candidates(_with_current(doc), doc[:], _state(doc))


def test_the_verifier_keeps_the_same_events_when_explain_reads_every_score():
    doc = _doc()
    target = Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")
    events = [_event(doc, None, "verbs.yaml:9 111 protest against &ACTION"), _event(doc, target),
              _event(doc, None, "verbs.yaml:2 111 protest")]  # fmt: skip
    settings = VerifierSettings(min_probability=0.5)
    quick = Verification(verifier=_scorer({"tgt=none": -9.0}), settings=settings)
    full = Verification(verifier=_scorer({"tgt=none": -9.0}), settings=settings)
    full.scores = {}
    assert quick.verify(doc[:], events, []) == full.verify(doc[:], events, []) == events[:2]
    assert len(full.scores) == 3  # the spared event was scored too, for explain


def test_rule_features_are_kept_per_rule_but_handed_out_as_new_lists():
    rule = "verbs.yaml:735 0253 urge to free +intent"
    first = rule_features(rule)
    first.append("spoiled")
    assert rule_features(rule) == ["rule=verbs", "pattern_words=3", "flag=intent"]
