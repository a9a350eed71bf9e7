"""The learned checks at run time: one logistic score over a short list of feature strings.

Three models share this form: the event verifier (is this event right?), the target ranker
(is this named actor the target of a targetless event?) and the source ranker (is this named
actor the event's source?). The source ranker is optional: without its file the rules'
sources stand. Their weights are trained by ``make
model`` (:mod:`multivector.coding.verifier.train`) and each is stored as one compressed NumPy
file; running them needs NumPy only.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DATA = Path(__file__).parent / "data"
DEFAULT_PATH = DATA / "event_verifier.npz"
RANKER_PATH = DATA / "target_ranker.npz"
SOURCE_RANKER_PATH = DATA / "source_ranker.npz"


class VerifierNotBuilt(FileNotFoundError):
    """No trained verifier file: run ``make model`` (or code with ``--no-model``)."""


class LinearScorer:
    """A probability from feature strings: the sigmoid of a bias plus one weight per feature."""

    def __init__(
        self, vocabulary: Sequence[str], weights: np.ndarray, bias: float, meta: dict | None = None
    ) -> None:
        self.vocabulary = list(vocabulary)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = float(bias)
        self.meta = dict(meta or {})
        self.table = dict(zip(self.vocabulary, self.weights.tolist(), strict=True))

    def score(self, features: Sequence[str]) -> float:
        """The logistic score (log-odds) of these features, each counted once."""
        table = self.table
        # fsum is exactly rounded, so the score does not depend on the set's order, which
        # changes with Python's string hashing from one process to the next
        # (unknown features add 0.0, which leaves the exact sum as it is: they are not summed)
        return self.bias + math.fsum([w for f in set(features) if (w := table.get(f)) is not None])

    def probability(self, features: Sequence[str]) -> float:
        """The probability that the event with these features is right (features counted once)."""
        return sigmoid(self.score(features))

    def lowest(self, prefix: str) -> float:
        """The lowest weight a feature starting with ``prefix`` can add (0 when none is lower)."""
        return min(0.0, *(w for f, w in self.table.items() if f.startswith(prefix)))

    def strongest(self, features: Sequence[str], n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` features that move the score most (for ``explain``)."""
        known = {f: self.table[f] for f in features if f in self.table}
        return sorted(known.items(), key=lambda kv: -abs(kv[1]))[:n]

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            vocabulary=np.array(self.vocabulary).astype(str),
            weights=self.weights,
            bias=np.array(self.bias),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> LinearScorer:
        path = Path(path)
        if not path.is_file():
            raise VerifierNotBuilt(
                f"no trained model at {path}: build it with `make model`, or code with --no-model"
            )
        with np.load(path, allow_pickle=False) as z:
            return cls(
                vocabulary=[str(v) for v in z["vocabulary"]],
                weights=z["weights"],
                bias=float(z["bias"]),
                meta=json.loads(str(z["meta"])),
            )


def sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@functools.lru_cache(maxsize=4)
def load_scorer(path: str | Path) -> LinearScorer:
    """A trained model (once per process); :class:`VerifierNotBuilt` if absent."""
    return LinearScorer.load(path)
