"""speed23: when the target ranker's answer is not used (``target_ranker: enabled: false``),
the sentence's mentions are not read for it; when it is, or when the stage records for
training, they are (and the answer is what it was)."""

from __future__ import annotations

from test_verification import _doc, _event, _scorer, _state

from multivector.coding.verification import Recording, Verification, VerifierSettings


def test_a_disabled_ranker_leaves_the_events_and_reads_nothing():
    doc = _doc()
    settings = VerifierSettings(verify=False, rank_targets=False, min_target_probability=0.6)
    check = Verification(ranker=_scorer({"side=after": 3.0}), settings=settings)
    events = [_event(doc)]
    assert check.complete(doc[:], events, _state(doc)) is events
    assert check._named is None  # no candidates were built


def test_an_enabled_ranker_still_reads_the_mentions_and_fills_the_target():
    doc = _doc()
    settings = VerifierSettings(verify=False, min_target_probability=0.6)
    check = Verification(ranker=_scorer({"side=after": 3.0}), settings=settings)
    [event] = check.complete(doc[:], [_event(doc)], _state(doc))
    assert check._named is not None
    assert event.target is not None and event.target.code == "GBR"


def test_recording_reads_the_candidates_even_with_the_ranker_disabled():
    doc = _doc()
    record = Recording()
    settings = VerifierSettings(verify=False, rank_targets=False)
    check = Verification(ranker=_scorer({"side=after": 3.0}), settings=settings, record=record)
    [event] = check.complete(doc[:], [_event(doc)], _state(doc))
    assert event.target is None
    assert record.targets and record.targets[0][1]  # the candidates, for training
