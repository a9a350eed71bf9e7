"""Grouped cross-validation of the event verifier: whole gold batches left out together.

``train --evaluate-folds K`` puts batch *i* of the training batches in fold *i* mod K,
fits the verifier without each fold in turn and scores the fold's events: every event is then
judged by a model that never saw its batch. The report gives the AUC (pooled and per fold), what
each threshold keeps (as the coder applies it: events of specific patterns spared, judged at
half the threshold, or judged like the others; ``verifier/settings.yaml``) and the
precision of the kept events when a given share of the right ones is kept, the measure that
compares two verifiers independently of their thresholds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from multivector.coding.verifier.features import specific_pattern

#: The thresholds the report lists.
CV_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
#: The shares of right events kept at which the report gives the kept events' precision.
KEPT_RIGHT = (0.99, 0.97, 0.95, 0.9, 0.8)


@dataclass(frozen=True, slots=True)
class Scored:
    """The out-of-fold scores of every example, with labels, folds and sparing."""

    p: np.ndarray
    right: np.ndarray
    fold: np.ndarray
    spared: np.ndarray


def fold_of(batches: Sequence[str], k: int) -> dict[str, int]:
    """Batch *i* of the list in fold *i* mod ``k``."""
    return {b: i % k for i, b in enumerate(batches)}


def grouped_scores(examples: Sequence, batches: Sequence[str], k: int, fit: Callable) -> Scored:
    """Each example scored by ``fit(train_examples)`` trained without its batch's fold."""
    folds = fold_of(batches, k)
    fold = np.array([folds.get(e.batch, -1) for e in examples])
    p = np.zeros(len(examples))
    for f in range(k):
        test = np.flatnonzero(fold == f)
        if not len(test):
            continue
        model = fit([e for e, g in zip(examples, fold, strict=True) if g != f])
        p[test] = [model.probability(examples[i].features) for i in test]
    right = np.array([e.right for e in examples], dtype=bool)
    spared = np.array([specific_pattern(e.features) for e in examples], dtype=bool)
    return Scored(p, right, fold, spared)


def precision_at(p: np.ndarray, right: np.ndarray, share: float) -> tuple[float, float]:
    """The threshold that keeps ``share`` of the right events, and the kept events' precision."""
    order = np.sort(p[right])[::-1]
    t = order[max(0, int(np.ceil(share * len(order))) - 1)]
    kept = p >= t
    return float(t), float(right[kept].mean())


def auc(p: np.ndarray, right: np.ndarray) -> float:
    """The area under the ROC curve (0.5 when one class is missing)."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(right, p)) if 0 < right.sum() < len(right) else 0.5


def report(s: Scored, title: str) -> list[str]:
    """The lines of the grouped cross-validation report."""
    per_fold = [auc(s.p[s.fold == f], s.right[s.fold == f]) for f in sorted(set(s.fold) - {-1})]
    lines = [
        f"{title}: {len(s.right)} events, {s.right.mean():.3f} right, AUC {auc(s.p, s.right):.3f} "
        f"(folds {' '.join(f'{a:.3f}' for a in per_fold)})"
    ]
    for share in KEPT_RIGHT:
        t, prec = precision_at(s.p, s.right, share)
        lines.append(f"  keeping {share:.2f} of the right events: threshold {t:.3f}, "
                     f"{prec:.3f} of the kept right")  # fmt: skip
    for t in CV_THRESHOLDS:
        for specific, how in ((0.0, "specific patterns spared"), (t / 2, "specific at half"),
                              (t, "all judged")):  # fmt: skip
            events, right, prec = kept_by(s, t, specific)
            lines.append(f"  threshold {t:.2f} ({how}): keeps {events:.3f} of the events, "
                         f"{right:.3f} of the right ones, {prec:.3f} of the kept right")  # fmt: skip
    return lines


def kept_by(s: Scored, general: float, specific: float) -> tuple[float, float, float]:
    """What the coder keeps with these thresholds (``specific`` for the events of specific
    patterns, 0 sparing them): the share of the events, of the right ones, and the precision."""
    kept = np.where(s.spared, s.p >= specific, s.p >= general)
    return float(kept.mean()), float(s.right[kept].sum() / s.right.sum()), float(s.right[kept].mean())


#: The fill thresholds and (alternative, margin) switch settings the ranker's report lists.
RANKER_FILLS = (0.15, 0.2, 0.25, 0.3)
RANKER_SWITCHES = ((0.3, 0.2), (0.4, 0.1), (0.4, 0.2), (0.4, 0.3), (0.5, 0.2), (0.5, 0.3),
                   (0.6, 0.3), (0.7, 0.4))


def rank_candidates(
    model, group: Sequence, filled: list[tuple[float, bool]],
    switched: list[tuple[float, float, bool, bool]],
) -> None:  # fmt: skip
    """Score one event's candidates (``group``, the rules' target marked ``current``) with
    ``model``: its best alternative goes to ``switched`` (with the current target's probability
    and both rightnesses) when the rules found a target, else to ``filled``."""
    scored = [(model.probability(e.features), e) for e in group]
    current = [(p, e) for p, e in scored if "current" in e.features]
    others = [(p, e) for p, e in scored if "current" not in e.features]
    if not others:
        return
    p, best = max(others, key=lambda x: x[0])
    if current:
        switched.append((p, current[0][0], best.right, current[0][1].right))
    else:
        filled.append((p, best.right))


def ranker_report(groups: Sequence[Sequence], batches: Sequence[str], k: int,
                  fit: Callable, name: str = "target ranker") -> list[str]:  # fmt: skip
    """Grouped cross-validation of the target ranker: each event's candidates (a group of
    examples, the rules' target marked ``current``) ranked by a ranker fitted without its
    batch's fold. Lists what the coder would do (``verifier/settings.yaml``): targetless
    events filled and how many rightly, and events with a target switched to their best
    alternative, how many made right and made wrong (the switches' net gain)."""
    folds = fold_of(batches, k)
    filled: list[tuple[float, bool]] = []
    switched: list[tuple[float, float, bool, bool]] = []  # p alt, p current, alt / cur right
    for f in range(k):
        test = [g for g in groups if g and folds.get(g[0].batch, -1) == f]
        if not test:
            continue
        model = fit([e for g in groups if g and folds.get(g[0].batch, -1) != f for e in g])
        for g in test:
            rank_candidates(model, g, filled, switched)
    lines = [f"{name}, {k} folds of whole batches left out in turn: {len(filled)} "
             f"targetless events with candidates, {len(switched)} events with a target and "
             f"alternatives ({sum(s[3] for s in switched)} of those targets right)"]  # fmt: skip
    for t in RANKER_FILLS:
        taken = [right for p, right in filled if p >= t]
        lines.append(f"  targetless, threshold {t:.2f}: fills {len(taken)}, {sum(taken)} right")
    for t, margin in RANKER_SWITCHES:
        moves = [(a, r) for p, q, a, r in switched if p >= t and p - q >= margin]
        gained = sum(a and not r for a, r in moves)
        lost = sum(r and not a for a, r in moves)
        lines.append(f"  with a target, alternative >= {t:.2f} and {margin:.1f} above: switches "
                     f"{len(moves)}, {gained} made right, {lost} made wrong (net {gained - lost})")  # fmt: skip
    return lines
