"""The event classifier at run time: linear one-vs-rest scores over sentence features.

The weights are trained by ``make model`` (:mod:`multivector.coding.classifier.train`) and
stored as one compressed NumPy file; running them needs NumPy only. Two heads share the
features: CAMEO roots (plus ``none``, "no event") and CAMEO codes. Each class has its own
logistic score, so a sentence may score high on two roots (a visit during which a treaty was
signed).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, ItemsView, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span

from multivector.coding.classifier.features import sentence_features

NONE = "none"
DEFAULT_PATH = Path(__file__).parent / "data" / "event_classifier.npz"


class ClassifierNotBuilt(FileNotFoundError):
    """No trained classifier file: run ``make model`` (or code with ``--no-model``)."""


class LazyScores(Mapping[str, float]):
    """Probabilities by label, worked out by ``compute`` when first read (then kept)."""

    __slots__ = ("_compute", "_scores")

    def __init__(self, compute: Callable[[], dict[str, float]]) -> None:
        self._compute: Callable[[], dict[str, float]] | None = compute
        self._scores: dict[str, float] | None = None

    def _read(self) -> dict[str, float]:
        if self._scores is None:
            assert self._compute is not None
            self._scores, self._compute = self._compute(), None
        return self._scores

    def __getitem__(self, label: str) -> float:
        return self._read()[label]

    def __contains__(self, label: object) -> bool:
        return label in self._read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())

    def get(self, label: str, default: Any = None) -> Any:
        return self._read().get(label, default)

    def items(self) -> ItemsView[str, float]:
        return self._read().items()

    def __repr__(self) -> str:
        return repr(self._read())


@dataclass(frozen=True, slots=True)
class Opinion:
    """The classifier's probabilities for one sentence."""

    roots: dict[str, float]  # "01".."20" and "none"
    codes: Mapping[str, float]  # CAMEO codes the model knows (a dict, or LazyScores)

    @property
    def event_probability(self) -> float:
        """How likely the sentence reports any event: the best root's probability."""
        return max((p for r, p in self.roots.items() if r != NONE), default=0.0)

    def best_root(self) -> tuple[str, float]:
        """The most probable root, ``none`` included."""
        return max(self.roots.items(), key=lambda kv: kv[1])

    def best_code(self, root: str | None = None) -> tuple[str, float] | None:
        """The most probable code (within ``root`` when given)."""
        items = [(c, p) for c, p in self.codes.items() if root is None or c.startswith(root)]
        return max(items, key=lambda kv: kv[1]) if items else None

    def root_probability(self, code: str) -> float:
        return self.roots.get(code[:2], 0.0)

    def summary(self, n: int = 3) -> str:
        """``04 0.91, 05 0.12, none 0.05``: the ``n`` best roots, for ``explain``."""
        best = sorted(self.roots.items(), key=lambda kv: -kv[1])[:n]
        return ", ".join(f"{r} {p:.2f}" for r, p in best)


class EventClassifier:
    """Linear one-vs-rest event classifier over :func:`sentence_features`."""

    name = "event-classifier"

    def __init__(
        self,
        vocabulary: Sequence[str],
        root_labels: Sequence[str],
        root_weights: np.ndarray,
        root_bias: np.ndarray,
        code_labels: Sequence[str],
        code_weights: np.ndarray,
        code_bias: np.ndarray,
        meta: dict | None = None,
        tensor_mean: np.ndarray | None = None,
        tensor_scale: np.ndarray | None = None,
    ) -> None:
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.vocabulary = list(vocabulary)
        self.root_labels = list(root_labels)
        self.code_labels = list(code_labels)
        # Feature-major (n_features x n_classes): a sentence's score is a sum of a few rows.
        self.root_weights = np.ascontiguousarray(root_weights, dtype=np.float32)
        self.root_bias = np.asarray(root_bias, dtype=np.float32)
        self.code_weights = np.ascontiguousarray(code_weights, dtype=np.float32)
        self.code_bias = np.asarray(code_bias, dtype=np.float32)
        self.meta = dict(meta or {})
        # The sentence's mean contextual vector (spaCy's tok2vec output, ``doc.tensor``) is a
        # dense feature block after the sparse ones: standardised, then weighted by the rows
        # after ``len(vocabulary)``. Absent (hand-built docs) it contributes nothing.
        self.tensor_mean = None if tensor_mean is None else np.asarray(tensor_mean, np.float32)
        self.tensor_scale = None if tensor_scale is None else np.asarray(tensor_scale, np.float32)

    # ---------------------------------------------------------------- persistence
    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            vocabulary=np.array(self.vocabulary, dtype=object).astype(str),
            root_labels=np.array(self.root_labels).astype(str),
            root_weights=self.root_weights.astype(np.float16),
            root_bias=self.root_bias,
            code_labels=np.array(self.code_labels).astype(str),
            code_weights=self.code_weights.astype(np.float16),
            code_bias=self.code_bias,
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
            tensor_mean=np.zeros(0) if self.tensor_mean is None else self.tensor_mean,
            tensor_scale=np.zeros(0) if self.tensor_scale is None else self.tensor_scale,
        )

    @classmethod
    def load(cls, path: str | Path = DEFAULT_PATH) -> EventClassifier:
        path = Path(path)
        if not path.is_file():
            raise ClassifierNotBuilt(
                f"no event classifier at {path}: build it with `make model`, or code with --no-model"
            )
        with np.load(path, allow_pickle=False) as z:
            return cls(
                vocabulary=[str(v) for v in z["vocabulary"]],
                root_labels=[str(v) for v in z["root_labels"]],
                root_weights=z["root_weights"],
                root_bias=z["root_bias"],
                code_labels=[str(v) for v in z["code_labels"]],
                code_weights=z["code_weights"],
                code_bias=z["code_bias"],
                meta=json.loads(str(z["meta"])),
                tensor_mean=z["tensor_mean"] if len(z["tensor_mean"]) else None,
                tensor_scale=z["tensor_scale"] if len(z["tensor_scale"]) else None,
            )

    # ---------------------------------------------------------------- prediction
    def feature_rows(self, features: Sequence[str]) -> np.ndarray:
        """Indices of the known features (each counted once: the model is trained on presence)."""
        return np.fromiter(
            {i for f in features if (i := self.index.get(f)) is not None}, dtype=np.intp
        )

    def dense(self, tensor: np.ndarray | None) -> np.ndarray | None:
        """The standardised dense block for a sentence's token vectors (or None)."""
        if self.tensor_mean is None or tensor is None or not len(tensor):
            return None
        if tensor.shape[1] != len(self.tensor_mean):
            return None
        # ``tensor.mean(axis=0)`` as NumPy computes it (sum, then divide in place), without its
        # dispatch cost on a short array
        mean = np.add.reduce(tensor, axis=0)
        np.true_divide(mean, np.intp(len(tensor)), out=mean, casting="unsafe")
        return (mean - self.tensor_mean) * self.tensor_scale

    def opinion_of_features(
        self, features: Sequence[str], dense: np.ndarray | None = None
    ) -> Opinion:
        """The opinion of a sentence with these features; the code head (about 300 classes)
        is worked out when the opinion's ``codes`` are first read (the veto reads roots only)."""
        rows = self.feature_rows(features)
        root_scores = self.root_weights[rows].sum(axis=0) + self.root_bias
        if dense is not None:
            root_scores += dense @ self.root_weights[len(self.vocabulary) :]
        return Opinion(
            roots=dict(zip(self.root_labels, _sigmoid(root_scores).tolist(), strict=True)),
            codes=LazyScores(functools.partial(self._code_probabilities, rows, dense)),
        )

    def _code_probabilities(self, rows: np.ndarray, dense: np.ndarray | None) -> dict[str, float]:
        code_scores = self.code_weights[rows].sum(axis=0) + self.code_bias
        if dense is not None:
            code_scores += dense @ self.code_weights[len(self.vocabulary) :]
        return dict(zip(self.code_labels, _sigmoid(code_scores).tolist(), strict=True))

    def opinion(self, sent: Span) -> Opinion:
        """The classifier's probabilities for a parsed sentence."""
        tensor = sent.doc.tensor
        block = tensor[sent.start : sent.end] if tensor is not None and tensor.size else None
        return self.opinion_of_features(sentence_features(sent), self.dense(block))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    # np.minimum(np.maximum(...)) is np.clip's value, without its dispatch cost on short arrays
    return 1.0 / (1.0 + np.exp(-np.minimum(np.maximum(x, -30), 30)))


@functools.lru_cache(maxsize=2)
def load_classifier(path: str | None = None) -> EventClassifier:
    """The trained classifier (once per process); :class:`ClassifierNotBuilt` if absent."""
    return EventClassifier.load(path or DEFAULT_PATH)
