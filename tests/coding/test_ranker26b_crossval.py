"""The target ranker's grouped cross-validation report (``train --evaluate-folds K``)."""

from __future__ import annotations

from multivector.coding.verifier.crossval import ranker_report
from multivector.coding.verifier.train import Example


class _Scorer:
    """A stand-in ranker: a candidate's probability is read from its ``p=`` feature."""

    def probability(self, features: tuple[str, ...]) -> float:
        return next(float(f[2:]) for f in features if f.startswith("p="))


def _fit(seen: list[list[str]]):
    def fit(train: list[Example]) -> _Scorer:
        seen.append(sorted({e.batch for e in train}))
        return _Scorer()

    return fit


def test_ranker_report_fills_and_switches_out_of_fold() -> None:
    groups = [
        # a targetless event: its best candidate (0.6) is right
        [Example("b1", ("p=0.6",), True), Example("b1", ("p=0.1",), False)],
        # an event with a wrong target and a right alternative well above it: made right
        [Example("b2", ("p=0.7",), True), Example("b2", ("current", "p=0.2"), False)],
        # an event with a right target and a wrong alternative just above it: no switch at 0.2
        [Example("b1", ("p=0.55",), False), Example("b1", ("current", "p=0.4"), True)],
    ]
    seen: list[list[str]] = []
    lines = ranker_report(groups, ["b1", "b2"], 2, _fit(seen))
    assert seen == [["b2"], ["b1"]]  # each fold ranked by a ranker that never saw it
    assert "1 targetless events with candidates, 2 events with a target" in lines[0]
    assert "(1 of those targets right)" in lines[0]
    assert "  targetless, threshold 0.30: fills 1, 1 right" in lines
    assert any(line.startswith("  with a target, alternative >= 0.40 and 0.2 above: switches 1, "
                               "1 made right, 0 made wrong (net 1)") for line in lines)  # fmt: skip
    assert any(line.startswith("  with a target, alternative >= 0.40 and 0.1 above: switches 2, "
                               "1 made right, 1 made wrong (net 0)") for line in lines)  # fmt: skip
