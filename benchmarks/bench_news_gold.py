"""Held-out accuracy of the event coder on hand-coded news articles.

    .venv/bin/python benchmarks/bench_news_gold.py [--shared ../shared] [--quiet]

Codes each article in the batches under benchmarks/news_gold/ (batch<N>/<name>.txt, document
date in <name>.date) with ``multivector.coding.coder.Coder`` and scores it against
<name>.gold.jsonl with the reference scorer ../shared/eval/score_events.py (imported by path; the
script exits with a message when ../shared is absent). Prints required recall, precision and F1
per article, per batch and overall (counts summed over the articles), then every missed required
gold line and every extra event. ``--batch batch2`` restricts the run to one batch (repeat it for
several); without it, the batches of ``KNOWN_BATCHES`` are run: those whose first run is recorded
in docs/benchmarks.md. A new batch is never run by accident: its first run is its held-out
figure, so it is run by name (``--batch batch5``), once, and recorded. ``--root`` also scores
with every gold code cut to its root (how often the right kind of event is found). ``--why``
counts the missed required lines by how near the coder came (figures only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from multivector.coding.classifier.train import gold_batches

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "benchmarks" / "news_gold"
# Batches whose first (held-out) run is recorded; later runs of them measure known text. They
# are the classifier's gold batches (training/config.yaml), which a batch joins only after its
# first run: one list to extend.
KNOWN_BATCHES = tuple(b.name for b in gold_batches(REPO / "training"))


@dataclass
class ArticleScore:
    """Counts for one article, enough to sum into overall figures."""

    name: str
    required: int
    hit_required: int
    predicted: int
    matched_predicted: int
    missed: list[dict[str, Any]]
    extra: list[dict[str, Any]]

    @property
    def recall(self) -> float:
        return self.hit_required / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_scorer(path: Path) -> ModuleType:
    """Import the reference scorer from its file path."""
    spec = importlib.util.spec_from_file_location("score_events", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_articles(
    gold_dir: Path, batches: list[str] | tuple[str, ...] = KNOWN_BATCHES
) -> list[tuple[str, str, str | None, list[dict[str, Any]]]]:
    """Return (batch/name, text, date, gold lines) for every article of ``batches``."""
    articles = []
    paths = [p for b in batches for p in sorted((gold_dir / b).glob("*.gold.jsonl"))]
    for gold_path in paths:
        name = gold_path.name.removesuffix(".gold.jsonl")
        gold_dir = gold_path.parent
        text = (gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        date_path = gold_dir / f"{name}.date"
        date = date_path.read_text(encoding="utf-8").strip() if date_path.exists() else None
        with gold_path.open(encoding="utf-8") as f:
            gold = [json.loads(line) for line in f if line.strip()]
        # a locator that is not in the text could never match: a gold error, not a coder miss
        lost = [g["id"] for g in gold if g["sentence"] not in text]
        if lost:
            raise ValueError(f"{gold_path}: sentence locators not in {name}.txt: {lost}")
        articles.append((gold_path.parent.name + "/" + name, text, date, gold))
    return articles


def score_article(
    scorer: ModuleType, name: str, gold: list[dict], pred: list[dict]
) -> ArticleScore:
    _recall, _precision, _f1, missed, unmatched = scorer.score(gold, pred)
    required = sum(1 for g in gold if g.get("required", True))
    return ArticleScore(
        name=name,
        required=required,
        hit_required=required - len(missed),
        predicted=len(pred),
        matched_predicted=len(pred) - len(unmatched),
        missed=missed,
        extra=unmatched,
    )


def summed(name: str, scores: list[ArticleScore]) -> ArticleScore:
    """Sum the counts of several articles (micro-averaged figures)."""
    return ArticleScore(
        name,
        sum(s.required for s in scores),
        sum(s.hit_required for s in scores),
        sum(s.predicted for s in scores),
        sum(s.matched_predicted for s in scores),
        [],
        [],
    )


def print_row(s: ArticleScore) -> None:
    print(
        f"{s.name:<28} {s.required:>4} {s.hit_required:>4} {s.predicted:>5} {s.matched_predicted:>4}"
        f" {s.recall:>7.3f} {s.precision:>6.3f} {s.f1:>6.3f}"
    )


def _at_root(g: dict[str, Any]) -> dict[str, Any]:
    """The gold line accepting any code of the roots it names."""
    return {**g, "cameo": sorted({c[:2] for c in g["cameo"]})}


RELAXED = {
    "source": lambda g: {**g, "source": "*"},
    "target": lambda g: {**g, "target": "*"},
    "code": lambda g: {**g, "cameo": [""]},
    "date": lambda g: {**g, "date": None},
}


MISS_CLASSES = (
    "no event in its sentence",
    "events of other roots only",
    "right root, other code",
    "right code, other actors",
    "right code and actors, other date",
    "taken by another gold line",
)


def miss_class(scorer: ModuleType, g: dict[str, Any], pred: list[dict[str, Any]]) -> str:
    """Why a required gold line was missed: the nearest any event of its sentence came."""
    here = [ev for ev in pred if g["sentence"] in (ev.get("sentence") or "")]
    if not here:
        return MISS_CLASSES[0]
    roots = {c[:2] for c in g["cameo"]}
    if not any(str(ev.get("cameo", ""))[:2] in roots for ev in here):
        return MISS_CLASSES[1]
    coded = [ev for ev in here if any(str(ev.get("cameo", "")).startswith(c) for c in g["cameo"])]
    if not coded:
        return MISS_CLASSES[2]
    anydate = {**g, "date": None}
    if not any(scorer.matches(anydate, ev) for ev in coded):
        return MISS_CLASSES[3]
    if not any(scorer.matches(g, ev) for ev in coded):
        return MISS_CLASSES[4]
    return MISS_CLASSES[5]


def _actor(a: dict[str, Any] | None) -> str:
    return "-" if a is None else f"{a.get('code')}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    ap.add_argument(
        "--batch",
        action="append",
        help="score this batch (a folder under --gold-dir; repeatable); default: "
        + ", ".join(KNOWN_BATCHES),
    )
    ap.add_argument("--root", action="store_true", help="also score at the CAMEO root level")
    ap.add_argument("--no-model", action="store_true", help="code with the rules only")
    ap.add_argument("--strict", action="store_true", help="the event verifier's strict threshold")
    ap.add_argument("--no-verify", action="store_true",
                    help="the rules and the classifier, without the learned checks after them")
    ap.add_argument("--quiet", action="store_true", help="print only the figures")
    ap.add_argument(
        "--relax",
        action="store_true",
        help="also score with one field of every gold line accepting anything (source, target, "
        "code, date): where the errors are, from figures alone (for a sealed batch)",
    )
    ap.add_argument(
        "--why",
        action="store_true",
        help="count the missed required lines by how near the coder came (no event in the "
        "sentence, other root, other code, other actors, other date): figures only",
    )
    args = ap.parse_args()
    scorer_path = args.shared / "eval" / "score_events.py"
    if not scorer_path.exists():
        print(
            f"skipped: {scorer_path} not found (../shared is reference material beside the checkout)"
        )
        return 0
    scorer = load_scorer(scorer_path)
    from multivector.coding.coder import Coder
    from multivector.model import Document

    articles = load_articles(args.gold_dir, args.batch or KNOWN_BATCHES)
    if not articles:
        print(f"no gold files for {args.batch or KNOWN_BATCHES} under {args.gold_dir}")
        return 1
    coder = Coder(model=not args.no_model, strict=args.strict, verify=not args.no_verify)
    docs = [Document(id=name, text=text, date=date) for name, text, date, _ in articles]
    t0 = time.perf_counter()
    coded = list(coder.code_documents(docs))
    secs = time.perf_counter() - t0

    scores = []
    for (name, _text, _date, gold), cd in zip(articles, coded, strict=True):
        if cd.problem is not None:
            print(f"{name}: coder problem: {cd.problem}", file=sys.stderr)
        pred = [ev.to_dict() for ev in cd.events]
        scores.append(score_article(scorer, name, gold, pred))

    print(
        f"{'article':<28} {'req':>4} {'hit':>4} {'pred':>5} {'ok':>4} {'recall':>7} {'prec':>6} {'F1':>6}"
    )
    for s in scores:
        print_row(s)
    batches = sorted({s.name.split("/")[0] for s in scores})
    if len(batches) > 1:
        for batch in batches:
            print_row(
                summed(f"{batch} (all)", [s for s in scores if s.name.startswith(batch + "/")])
            )
    print_row(summed("overall", scores))
    if args.root:
        root_scores = [
            score_article(
                scorer, s.name, [_at_root(g) for g in gold], [e.to_dict() for e in cd.events]
            )
            for s, (_n, _t, _d, gold), cd in zip(scores, articles, coded, strict=True)
        ]
        print_row(summed("overall, root level", root_scores))
    if args.relax:
        for field, relax in RELAXED.items():
            relaxed = [
                score_article(
                    scorer, s.name, [relax(g) for g in gold], [e.to_dict() for e in cd.events]
                )
                for s, (_n, _t, _d, gold), cd in zip(scores, articles, coded, strict=True)
            ]
            print_row(summed(f"overall, any {field}", relaxed))
    if args.why:
        why = Counter(
            miss_class(scorer, g, [e.to_dict() for e in cd.events])
            for s, cd in zip(scores, coded, strict=True)
            for g in s.missed
        )
        total = sum(why.values())
        for cls in MISS_CLASSES:
            print(f"missed: {cls:<36} {why[cls]:>4}  ({why[cls] / (total or 1):.0%})")
    print(f"({len(scores)} articles coded in {secs:.1f} s)")
    if args.quiet:
        return 0
    for s in scores:
        for g in s.missed:
            print(
                f"missed {s.name} {g['id']}: {g['source']} -> {g['target']} {g['cameo']} {g.get('date')}"
                f" | {g['sentence']}"
            )
        for ev in s.extra:
            print(
                f"extra  {s.name}: {_actor(ev['source'])} -> {_actor(ev['target'])} {ev['cameo']}"
                f" {ev.get('date')} [{ev.get('rule')}] verb={ev.get('verb')!r}"
                f" | {(ev.get('sentence') or '')[:90]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
