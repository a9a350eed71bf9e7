"""The verifier's own threshold for events of specific dictionary patterns, and the target
switch's settings (coding/verification.py, coding/verifier/settings.yaml), on hand-built docs
and hand-set weights (the helpers of test_verification)."""

from __future__ import annotations

from test_verification import _doc, _event, _scorer, _state, _with_current

from multivector.coding.verification import Verification, VerifierSettings
from multivector.coding.verifier.features import rule_features, specific_pattern
from multivector.model import Actor
from multivector.model import Span as CharSpan

# "Iran protested the seizure of the tanker by British marines ." coded by two patterns
SPECIFIC = "verbs.yaml:9 111 protest against &ACTION"
BARE = "verbs.yaml:1 111 protest"


def _target() -> Actor:
    return Actor("British", "GBR", "GBR", CharSpan(44, 51), "country", "adjective:British")


def _check(p_bias: float, settings: VerifierSettings, strict: bool = False) -> Verification:
    """A verifier that finds every event equally probable (the sigmoid of ``p_bias``)."""
    return Verification(verifier=_scorer({"root=11": 0.0}, bias=p_bias), settings=settings,
                        strict=strict)  # fmt: skip


def test_a_specific_pattern_faces_its_own_lower_threshold():
    doc = _doc()
    assert specific_pattern(rule_features(SPECIFIC)) and not specific_pattern(rule_features(BARE))
    specific, bare = _event(doc, _target(), SPECIFIC), _event(doc, _target(), BARE)
    settings = VerifierSettings(min_probability=0.3, specific_min_probability=0.1)
    check = _check(-1.5, settings)  # probability 0.18: between the two thresholds
    assert check.verify(doc[:], [specific, bare], []) == [specific]
    check = _check(-2.5, settings)  # probability 0.08: below both
    assert check.verify(doc[:], [specific, bare], []) == []


def test_strict_mode_has_its_own_threshold_for_specific_patterns():
    doc = _doc()
    specific = _event(doc, _target(), SPECIFIC)
    settings = VerifierSettings(min_probability=0.15, strict_min_probability=0.35,
                                specific_min_probability=0.05,
                                strict_specific_min_probability=0.25)  # fmt: skip
    assert _check(-1.5, settings).verify(doc[:], [specific], []) == [specific]  # 0.18
    assert _check(-1.5, settings, strict=True).verify(doc[:], [specific], []) == []


def test_a_zero_threshold_still_spares_specific_patterns():
    doc = _doc()
    specific = _event(doc, _target(), SPECIFIC)
    settings = VerifierSettings(min_probability=0.5)  # specific_min_probability 0: spared
    assert _check(-9.0, settings).verify(doc[:], [specific], []) == [specific]
    judged = VerifierSettings(min_probability=0.5, spare_specific=False)
    assert _check(-9.0, judged).verify(doc[:], [specific], []) == []


def test_the_settings_judge_specific_patterns_at_or_below_the_general_threshold():
    s = VerifierSettings.load()
    assert s.spare_specific
    assert 0.0 <= s.specific_min_probability <= s.min_probability
    assert 0.0 < s.strict_specific_min_probability <= s.strict_min_probability
    assert s.specific_min_probability <= s.strict_specific_min_probability


def test_the_target_switch_takes_a_clearly_better_alternative():
    doc = _doc()
    s = VerifierSettings.load()
    assert s.min_retarget_probability < 1.0 and 0.0 < s.retarget_margin < 1.0
    # the alternative 0.5 over the rules' target 0.2: switched at the settings in force
    ranker = _scorer({"alternative": 0.0, "current": -1.386})
    check = Verification(ranker=ranker, settings=s)
    [event] = check.complete(doc[:], [_with_current(doc)], _state(doc))
    assert event.target.code == "GBR" and "over 0.20" in event.rule
    # the same two, 0.5 and 0.45: too close, the rules' target stays
    close = Verification(ranker=_scorer({"alternative": 0.0, "current": -0.2}), settings=s)
    [event] = close.complete(doc[:], [_with_current(doc)], _state(doc))
    assert event.target.code == "FRA"


def test_the_crossval_report_measures_a_separate_threshold_for_specific_patterns():
    import numpy as np

    from multivector.coding.verifier.crossval import Scored, kept_by, report

    p = np.array([0.9, 0.2, 0.2, 0.1, 0.05, 0.6])
    right = np.array([True, True, False, True, False, False])
    spared = np.array([False, False, False, True, True, True])
    s = Scored(p, right, np.zeros(6, int), spared)
    # general 0.3: the first kept of the judged three; specific 0.08: two of the three
    events, kept_right, precision = kept_by(s, 0.3, 0.08)
    assert (events, kept_right, precision) == (0.5, 2 / 3, 2 / 3)
    assert kept_by(s, 0.3, 0.0)[0] == 4 / 6  # specific patterns spared
    assert any("specific at half" in line for line in report(s, "t"))


def test_an_obligation_read_under_a_speech_verb_is_spared_as_a_specific_pattern():
    # "Washington said Iran must free the crew": the clause's reading, not the verb's sense
    obligation = "modality.yaml obligation 'must' under 'say'"
    warning = "modality.yaml warning 'warn'"
    assert specific_pattern(rule_features(obligation))
    assert not specific_pattern(rule_features(warning))
    doc = _doc()
    event = _event(doc, _target(), obligation)
    settings = VerifierSettings(min_probability=0.5)
    assert _check(-9.0, settings).verify(doc[:], [event], []) == [event]
    assert _check(-9.0, settings).verify(doc[:], [_event(doc, _target(), warning)], []) == []
