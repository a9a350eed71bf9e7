"""Score containers shared by every gold format, and their text rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def f1_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class Tally:
    """Counts behind precision and recall for one category (or overall).

    ``gold``/``gold_hit``: gold items that count for recall and how many were found;
    ``pred``/``pred_hit``: predictions in the category and how many matched a gold item.
    """

    gold: int = 0
    gold_hit: int = 0
    pred: int = 0
    pred_hit: int = 0

    @property
    def recall(self) -> float:
        return self.gold_hit / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.pred_hit / self.pred if self.pred else 0.0

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "gold_matched": self.gold_hit,
            "predicted": self.pred,
            "predicted_matched": self.pred_hit,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Pass:
    """Records coded entirely right (PETRARCH suite style), per category."""

    total: int = 0
    passed: int = 0

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "passed": self.passed, "rate": round(self.rate, 4)}


@dataclass(slots=True)
class EvalReport:
    """The outcome of scoring one gold file: figures, per category, and every miss/extra."""

    gold_path: str
    format: str
    overall: Tally
    categories: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    records: Pass | None = None  # whole-record correctness, where the format defines it
    record_categories: dict[str, Pass] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)  # format-specific extra figures
    notes: list[str] = field(default_factory=list)
    failed_records: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "format": self.format,
            "overall": self.overall.to_dict(),
            "categories": {k: v.to_dict() for k, v in sorted(self.categories.items())},
            "records": self.records.to_dict() if self.records else None,
            "record_categories": {k: v.to_dict() for k, v in sorted(self.record_categories.items())},
            "figures": {k: round(v, 4) for k, v in self.figures.items()},
            "misses": self.misses,
            "extras": self.extras,
            "failed_records": self.failed_records,
            "notes": self.notes,
        }

    def render(self, details: bool = True) -> str:
        """A plain-text report; the overall figures come last so scripts can read them."""
        out: list[str] = []
        if details:
            out += [f"missed  {m}" for m in self.misses]
            out += [f"extra   {e}" for e in self.extras]
            out += [f"failed  {r}" for r in self.failed_records]
            if out:
                out.append("")
        out.append(f"{'category':<12} {'gold':>5} {'found':>5} {'pred':>5} {'right':>5}  "
                   f"{'recall':>6} {'prec':>6} {'F1':>6}")
        for name, t in sorted(self.categories.items()):
            out.append(f"{name:<12} {t.gold:>5} {t.gold_hit:>5} {t.pred:>5} {t.pred_hit:>5}  "
                       f"{t.recall:6.3f} {t.precision:6.3f} {t.f1:6.3f}")
        if self.record_categories:
            out.append("")
            out.append(f"{'category':<12} {'records':>7} {'correct':>7} {'rate':>6}")
            for name, p in sorted(self.record_categories.items()):
                out.append(f"{name:<12} {p.total:>7} {p.passed:>7} {p.rate:6.3f}")
        for note in self.notes:
            out.append(f"note: {note}")
        for k, v in self.figures.items():
            out.append(f"{k} {v:.3f}")
        if self.records is not None:
            out.append(f"records correct {self.records.passed} of {self.records.total} "
                       f"({self.records.rate:.3f})")
        o = self.overall
        out.append(f"recall {o.recall:.3f}  precision {o.precision:.3f}  F1 {o.f1:.3f}  "
                   f"(gold {o.gold}, predicted {o.pred})")
        return "\n".join(out)
