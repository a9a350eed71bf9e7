"""The source ranker (coding/verifier/sources.py, coding/verification.py): candidate sources
and the switch from the rules' source, on a hand-built doc and hand-set weights."""

from __future__ import annotations

from test_verification import _doc, _event, _scorer, _state

from multivector.coding.verification import Recording, Verification, VerifierSettings
from multivector.coding.verifier.sources import SourceAlternatives
from multivector.coding.verifier.targets import SentenceReadings, named_counts

ON = VerifierSettings(verify=False, rank_targets=False, rank_sources=True,
                      min_resource_probability=0.5, resource_margin=0.2)  # fmt: skip


def test_candidates_are_named_actors_other_than_the_rules_source():
    doc = _doc()
    state = _state(doc)
    event = _event(doc)
    found = SourceAlternatives.of(event, doc[:], state, named_counts(state),
                                  SentenceReadings.of(doc[:], state))  # fmt: skip
    [british] = found.candidates
    assert british.actor.code == "GBR"
    for f in ("where=sentence", "kind=adjective", "side=after", "alternative", "candidates=1"):
        assert f in british.features, f
    current = found.current()
    assert current.current and current.actor.code == "IRN"
    assert "current" in current.features and "side=before" in current.features


def test_a_much_surer_candidate_replaces_the_rules_source_and_says_so():
    doc = _doc()
    check = Verification(source_ranker=_scorer({"alternative": 3.0, "current": -1.0}),
                         settings=ON)  # fmt: skip
    [event] = check.check(doc[:], [_event(doc)], [], _state(doc))
    assert event.source.code == "GBR"
    assert "+model:source-ranker 0.95 over 0.27" in event.rule


def test_the_rules_source_stands_without_a_clear_margin_or_when_switched_off():
    doc = _doc()
    close = Verification(source_ranker=_scorer({"alternative": 1.0, "current": 0.8}),
                         settings=ON)  # fmt: skip
    [event] = close.check(doc[:], [_event(doc)], [], _state(doc))
    assert event.source.code == "IRN" and "source-ranker" not in event.rule
    off = VerifierSettings(verify=False, rank_targets=False, rank_sources=False,
                           min_resource_probability=0.5, resource_margin=0.2)  # fmt: skip
    sure = Verification(source_ranker=_scorer({"alternative": 3.0}), settings=off)
    [event] = sure.check(doc[:], [_event(doc)], [], _state(doc))
    assert event.source.code == "IRN"


def test_recording_lists_the_candidate_sources_with_the_rules_one_last():
    doc = _doc()
    record = Recording()
    check = Verification(record=record, settings=ON)
    event = _event(doc)
    assert check.check(doc[:], [event], [], _state(doc)) == [event]
    [(recorded, candidates)] = record.sources
    assert recorded is event
    assert [c.actor.code for c in candidates] == ["GBR", "IRN"] and candidates[-1].current


def _sourceless(doc):
    import dataclasses

    from multivector.coding.verifier.sources import no_source

    return dataclasses.replace(_event(doc), source=no_source())


FILL = VerifierSettings(verify=False, rank_targets=False, rank_sources=True, fill_sources=True,
                        min_source_probability=0.6, min_resource_probability=1.01)  # fmt: skip


def test_a_sourceless_act_takes_the_ranker_s_candidate_when_it_is_sure():
    doc = _doc()
    check = Verification(source_ranker=_scorer({"side=before": 3.0}), settings=FILL)
    assert check.keeps_sourceless
    [event] = check.check(doc[:], [_sourceless(doc)], [], _state(doc))
    assert event.source.code == "IRN"  # the name before the verb
    assert "+model:source-ranker filled 0.95" in event.rule


def test_a_sourceless_act_is_dropped_when_the_ranker_is_unsure_or_switched_off():
    doc = _doc()
    unsure = Verification(source_ranker=_scorer({"side=before": 0.1}), settings=FILL)
    assert unsure.check(doc[:], [_sourceless(doc)], [], _state(doc)) == []
    off = VerifierSettings(verify=False, rank_targets=False, rank_sources=True,
                           fill_sources=False, min_source_probability=0.1)  # fmt: skip
    check = Verification(source_ranker=_scorer({"side=before": 3.0}), settings=off)
    assert not check.keeps_sourceless
    assert check.check(doc[:], [_sourceless(doc)], [], _state(doc)) == []
    assert not Verification(settings=FILL).keeps_sourceless  # no source ranker built


def test_a_sourceless_act_is_dropped_when_a_sourced_one_has_its_predicate():
    doc = _doc()
    check = Verification(source_ranker=_scorer({"side=before": 3.0}), settings=FILL)
    sourced = _event(doc)
    assert check.check(doc[:], [sourced, _sourceless(doc)], [], _state(doc)) == [sourced]


def test_a_filled_act_faces_the_verifier_s_own_threshold_for_fills():
    import dataclasses

    doc = _doc()
    settings = dataclasses.replace(FILL, verify=True, min_probability=0.1,
                                   min_filled_probability=0.7)  # fmt: skip
    verifier = _scorer({"root=11": 0.0}, bias=0.0)  # every event 0.5
    check = Verification(verifier=verifier, source_ranker=_scorer({"side=before": 3.0}),
                         settings=settings)  # fmt: skip
    assert check.check(doc[:], [_sourceless(doc)], [], _state(doc)) == []
    assert check.check(doc[:], [_event(doc)], [], _state(doc)) != []


def test_recording_keeps_sourceless_acts_candidates_and_drops_the_acts():
    doc = _doc()
    record = Recording()
    check = Verification(record=record, settings=ON)
    assert check.keeps_sourceless
    assert check.check(doc[:], [_sourceless(doc)], [], _state(doc)) == []
    [(_, candidates)] = record.sources
    assert "IRN" in [c.actor.code for c in candidates] and not any(c.current for c in candidates)
    assert record.targets == []  # the target ranker learns from sourced acts only


def test_shipped_settings_switch_sources_and_fill_sourceless_acts():
    shipped = VerifierSettings.load()  # fills on since session 27 (batches 57-58)
    assert shipped.rank_sources and shipped.fill_sources
    assert 0 < shipped.min_resource_probability < 1 and 0 < shipped.resource_margin < 1
