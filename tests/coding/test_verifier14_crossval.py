"""The grouped cross-validation of the event verifier (coding/verifier/crossval.py): whole
batches left out together, and the report's measures on hand-made scores."""

from __future__ import annotations

import numpy as np

from multivector.coding.verifier.crossval import Scored, fold_of, grouped_scores, precision_at
from multivector.coding.verifier.train import Example


def test_batches_fall_in_folds_by_their_place_in_the_list():
    assert fold_of(["b1", "b2", "b3", "b4", "b5"], 2) == {"b1": 0, "b2": 1, "b3": 0, "b4": 1, "b5": 0}


def test_each_event_is_scored_by_a_model_that_never_saw_its_batch():
    examples = [Example(b, ("x",), r) for b in ("b1", "b2", "b3") for r in (True, False)]
    seen: list[set[str]] = []

    class Model:
        def __init__(self, batches: set[str]) -> None:
            self.batches = batches

        def probability(self, features) -> float:
            return len(self.batches) / 10

    def fit(train):
        batches = {e.batch for e in train}
        seen.append(batches)
        return Model(batches)

    scored = grouped_scores(examples, ["b1", "b2", "b3"], 3, fit)
    assert seen == [{"b2", "b3"}, {"b1", "b3"}, {"b1", "b2"}]
    assert list(scored.fold) == [0, 0, 1, 1, 2, 2]
    assert np.allclose(scored.p, 0.2)


def test_precision_when_a_share_of_the_right_events_is_kept():
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    right = np.array([True, False, True, False, True, False])
    t, prec = precision_at(p, right, 2 / 3)  # the two best right ones: threshold 0.7
    assert t == 0.7 and prec == 2 / 3
    t, prec = precision_at(p, right, 1.0)
    assert t == 0.5 and prec == 0.6
    assert isinstance(Scored(p, right, np.zeros(6), np.zeros(6, bool)), Scored)
