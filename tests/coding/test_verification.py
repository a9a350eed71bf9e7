"""The learned checks after the rules (coding/verification.py, coding/verifier/), on hand-built
docs and hand-set weights, so that each rule of the stage is tested apart from training."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.classifier import Opinion
from multivector.coding.state import DocumentState
from multivector.coding.verification import Verification, VerifierSettings
from multivector.coding.verifier import LinearScorer, event_features
from multivector.coding.verifier.features import rule_features, size
from multivector.coding.verifier.targets import target_candidates
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

# "Iran protested the seizure of the tanker by British marines ."
WORDS = "Iran protested the seizure of the tanker by British marines .".split()
HEADS = [1, 1, 3, 1, 3, 6, 4, 3, 9, 7, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "amod", "pobj", "punct"]
POS = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"]
LEMMAS = "Iran protest the seizure of the tanker by british marine .".split()


def _doc() -> Doc:
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS,
              sent_starts=[True] + [False] * (len(WORDS) - 1))  # fmt: skip
    return doc


def _state(doc: Doc) -> DocumentState:
    iran = Mention(0, 1, (LexEntry("IRN", "IRN", "country", "Iran"),))
    british = Mention(8, 9, (LexEntry("GBR", "GBR", "adjective", "British"),))
    return DocumentState(doc_id="t", doc_date=dt.date(2019, 7, 20), mentions={0: iran, 8: british})


def _event(doc: Doc, target: Actor | None = None, rule: str = "verbs.yaml:1 111 protest") -> Event:
    verb = doc[1]
    return Event(
        doc_id="t", sentence_id=0, sentence=doc.text, cameo="111", plover="PROTEST",
        quad_class=3, goldstein=-2.0, rule=rule, target=target,
        source=Actor("Iran", "IRN", "IRN", CharSpan(0, 4), "country", "country:Iran"),
        verb_text=verb.text, verb_span=CharSpan(verb.idx, verb.idx + len(verb.text)),
    )  # fmt: skip


def _scorer(weights: dict[str, float], bias: float = 0.0) -> LinearScorer:
    names = sorted(weights)
    return LinearScorer(names, [weights[n] for n in names], bias)


def test_rule_features_read_family_size_and_flags():
    assert rule_features("verbs.yaml:735 0253 urge to free +intent") == [
        "rule=verbs", "pattern_words=3", "flag=intent"]  # fmt: skip
    assert "pattern_class" in rule_features("verbs.yaml:9 0232 appeal for &MILITARY_AID")
    assert rule_features("modality.yaml warning 'warn that ... would'")[0] == "rule=modality"
    assert rule_features("model:event-classifier 0.91 root 19 code 190 0.40") == [
        "rule=model:event-classifier"]  # fmt: skip
    assert "flag=refined" in rule_features(
        "verbs.yaml:3 030 agree +model:event-classifier refined 1.00"
    )


def test_size_buckets_counts():
    assert [size(n, (1, 2, 4)) for n in (0, 1, 2, 3, 4, 9)] == ["1", "1", "2", "4", "4", "5"]


def test_event_features_describe_how_the_event_was_coded():
    doc = _doc()
    event = _event(doc)
    op = Opinion(roots={"11": 0.95, "none": 0.01, "04": 0.2}, codes={"111": 0.7})
    feats = event_features(event, doc[:], [event], op)
    for f in ("root=11", "digits=3", "rule=verbs", "src.kind=country", "src.by=country",
              "tgt=none", "verb=protest", "verb.dep=ROOT", "verb.depth=0", "p_root=5",
              "root_rank=0", "p_code=4", "root=11|p_root=5"):  # fmt: skip
        assert f in feats, f
    assert "opinion=none" in event_features(event, doc[:], [event], None)


def test_candidates_are_named_actors_other_than_the_source():
    doc = _doc()
    [british] = target_candidates(_event(doc), doc[:], _state(doc))
    assert british.actor.code == "GBR" and british.actor.span == CharSpan(44, 51)
    for f in ("where=sentence", "kind=adjective", "side=after", "dep=amod", "prep=by|amod",
              "under_verb", "rank=0", "candidates=1"):  # fmt: skip
        assert f in british.features, f


def test_ranker_fills_a_missing_target_only_when_sure():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_target_probability=0.6)
    sure = Verification(ranker=_scorer({"side=after": 3.0}), settings=settings)
    [event] = sure.check(doc[:], [_event(doc)], [], _state(doc))
    assert event.target is not None and event.target.code == "GBR"
    assert event.rule.startswith("verbs.yaml:1 111 protest +model:target-ranker 0.95")
    unsure = Verification(ranker=_scorer({"side=after": 0.1}), settings=settings)
    [event] = unsure.check(doc[:], [_event(doc)], [], _state(doc))
    assert event.target is None


def test_verifier_drops_improbable_events_and_says_why():
    doc = _doc()
    target = Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")
    kept, dropped = _event(doc, target), _event(doc, None, "verbs.yaml:2 111 protest")
    traces: list = []
    check = Verification(verifier=_scorer({"tgt=none": -4.0}, bias=1.0),
                         settings=VerifierSettings(min_probability=0.25, rank_targets=False))  # fmt: skip
    assert check.check(doc[:], [kept, dropped], traces, _state(doc)) == [kept]
    [trace] = traces
    assert trace.outcome.startswith("dropped by model:event-verifier 0.05: IRN -> - 111")
    assert "tgt=none -4.00" in trace.outcome


def test_recording_changes_nothing():
    from multivector.coding.verification import Recording

    doc = _doc()
    record = Recording()
    check = Verification(verifier=_scorer({"tgt=none": -9.0}), record=record,
                         settings=VerifierSettings(min_probability=0.9))  # fmt: skip
    event = _event(doc)
    assert check.check(doc[:], [event], [], _state(doc)) == [event]
    assert record.events[0][0] is event and "tgt=none" in record.events[0][1]
    assert [c.actor.code for c in record.targets[0][1]] == ["GBR"]


def test_scorer_round_trips_through_its_file(tmp_path):
    scorer = _scorer({"a": 1.5, "b": -2.0}, bias=0.25)
    scorer.save(tmp_path / "m.npz")
    back = LinearScorer.load(tmp_path / "m.npz")
    assert back.probability(["a", "unknown"]) == pytest.approx(scorer.probability(["a"]))
    assert back.probability(["a", "a"]) == pytest.approx(back.probability(["a"]))
    assert back.strongest(["a", "b"], 1) == [("b", -2.0)]


def test_strict_mode_uses_the_stricter_threshold():
    doc = _doc()
    target = Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")
    event = _event(doc, target)  # a bare pattern: judged by the verifier
    scorer = _scorer({"root=11": 0.0}, bias=-1.0)  # probability 0.27
    settings = VerifierSettings(min_probability=0.1, strict_min_probability=0.35)
    assert Verification(verifier=scorer, settings=settings).verify(doc[:], [event], []) == [event]
    strict = Verification(verifier=scorer, settings=settings, strict=True)
    assert strict.verify(doc[:], [event], []) == []


def test_specific_patterns_are_spared():
    doc = _doc()
    event = _event(doc, None, "verbs.yaml:9 111 protest against &ACTION")
    check = Verification(verifier=_scorer({"tgt=none": -9.0}),
                         settings=VerifierSettings(min_probability=0.5))  # fmt: skip
    assert check.verify(doc[:], [event], []) == [event]
    spare_none = Verification(verifier=_scorer({"tgt=none": -9.0}),
                              settings=VerifierSettings(min_probability=0.5, spare_specific=False))  # fmt: skip
    assert spare_none.verify(doc[:], [event], []) == []


def _with_current(doc: Doc) -> Event:
    # the rules took "the tanker" for the target (a made-up owner, coded FRA)
    tanker = Actor("the tanker", "FRA", "FRA", CharSpan(27, 33), "country", "document")
    return _event(doc, tanker)


def test_an_alternative_target_wins_only_by_a_margin():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_retarget_probability=0.7, retarget_margin=0.1)
    [cand] = [c for c in target_candidates(_with_current(doc), doc[:], _state(doc)) if not c.current]
    assert "alternative" in cand.features
    ranker = _scorer({"alternative": 3.0, "current": -1.0})
    [event] = Verification(ranker=ranker, settings=settings).complete(doc[:], [_with_current(doc)],
                                                                    _state(doc))  # fmt: skip
    assert event.target.code == "GBR" and "+model:target-ranker 0.95 over 0.27" in event.rule
    close = _scorer({"alternative": 3.0, "current": 2.5})
    [event] = Verification(ranker=close, settings=settings).complete(doc[:], [_with_current(doc)],
                                                                   _state(doc))  # fmt: skip
    assert event.target.code == "FRA"


def test_no_target_is_taken_twice_for_one_act():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_retarget_probability=0.7, retarget_margin=0.1)
    ranker = _scorer({"alternative": 3.0, "current": -1.0})
    british = Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")
    events = [_with_current(doc), _event(doc, british)]
    out = Verification(ranker=ranker, settings=settings).complete(doc[:], events, _state(doc))
    assert [e.target.code for e in out] == ["FRA", "GBR"]


def test_linear_score_does_not_depend_on_feature_order():
    from itertools import permutations

    # weights whose float sum depends on the order of addition: 1e16 + 1 - 1e16
    scorer = _scorer({"big": 1e16, "one": 1.0, "minus": -1e16}, bias=0.5)
    scores = {scorer.score(list(order)) for order in permutations(["big", "one", "minus"])}
    assert scores == {1.5}


def test_a_family_name_no_one_bears_then_is_no_candidate():
    # "Iran protested ... by British marines": the first word as a bare family name of a
    # leader whose term ended long before the story is no one then, so no candidate target
    from multivector.actors.entries import LeaderEntry, Term

    old = LeaderEntry(("Iran",), "DOM", None, "GOV", "President",
                      (Term(dt.date(1978, 8, 16), dt.date(1982, 7, 4)),))  # fmt: skip
    entry = LexEntry("DOMGOV", "DOM", "leader", "Iran", leader=old, surname_only=True)
    doc = _doc()
    state = _state(doc)
    state.mentions[0] = Mention(0, 1, (entry,))
    assert state.mentions[0].stands_for(state.doc_date) is None
    assert state.mentions[0].stands_for(dt.date(1980, 1, 1)) is entry
    event = dataclasses.replace(_event(doc), source=Actor("marines", "GBRMIL", "GBR"))
    found = target_candidates(event, doc[0:11], state)
    assert not any(c.actor.country == "DOM" for c in found)
    # the full name of the same leader is the former leader still, and a candidate
    state = _state(doc)
    state.mentions[0] = Mention(0, 1, (dataclasses.replace(entry, surname_only=False),))
    found = target_candidates(event, doc[0:11], state)
    assert any(c.actor.country == "DOM" for c in found)
