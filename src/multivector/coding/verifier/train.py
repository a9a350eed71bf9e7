"""Train the event verifier from the coder's own output on our gold batches (``make model``).

    python -m multivector.coding.verifier.train [--config training/verifier.yaml] [--out DIR]
        [--evaluate] [--evaluate-folds K] [--save-examples FILE]

The coder (rules and the event classifier, verifier off) codes every article of the
classifier's gold batches (``training/config.yaml``; ``training/verifier.yaml`` may list others
instead); each event it makes is an example, labelled right when it
answers a gold line (:mod:`multivector.evaluation.news_gold`). A logistic regression over the
events' features (:mod:`multivector.coding.verifier.features`) learns which kinds of event are
wrong. ``--evaluate`` first reports, for each of the last four batches in turn, how a verifier
trained without that batch ranks its events (leave one batch out): the threshold in
``verifier/settings.yaml`` is chosen from that report. ``--evaluate-folds K`` reports a grouped
cross-validation over all the batches (:mod:`multivector.coding.verifier.crossval`), of the
target ranker (fills and switches), of the source ranker (fills of sourceless acts, switches)
and of the verifier; the source ranker learns from the candidate sources of the rules' events
(``--save-sources`` writes them);
``--save-examples`` writes the verifier's examples (batch, features, right) as JSON lines. Seeded: the same data gives the same
weights.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from multivector.coding.classifier import EventClassifier
from multivector.coding.verifier.crossval import (
    grouped_scores,
    rank_candidates,
    ranker_report,
    report,
)
from multivector.coding.verifier.model import (
    DATA,
    DEFAULT_PATH,
    RANKER_PATH,
    SOURCE_RANKER_PATH,
    LinearScorer,
)
from multivector.evaluation.news_gold import line_fits, matched_events, read_batch
from multivector.model import Actor, Document, Event

SEED = 13
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
RANKER_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass(frozen=True, slots=True)
class Example:
    batch: str
    features: tuple[str, ...]
    right: bool


@dataclass(slots=True)
class Collected:
    events: list[Example]  # each event the coder made: right or not
    targets: list[list[Example]]  # each targetless event's candidates: the right target or not
    sources: list[list[Example]] = dataclasses.field(default_factory=list)  # each event's sources


def fold_classifiers(folds_dir: Path | None) -> dict[str, EventClassifier]:
    """The cross-fitted event classifiers (``classifier.train --folds-out``), by the gold batch
    each was trained without."""
    out: dict[str, EventClassifier] = {}
    for path in sorted(folds_dir.glob("fold*.npz")) if folds_dir is not None else ():
        model = EventClassifier.load(path)
        out.update((batch, model) for batch in model.meta.get("held_out", []))
    return out


def collect(
    batches: list[Path],
    coder,
    ranker: LinearScorer | None = None,
    held_out: dict[str, EventClassifier] | None = None,
) -> Collected:
    """Code every article of ``batches`` and label each event and each candidate target.

    ``ranker``: the target ranker applied while coding (the verifier learns from its output).
    ``held_out``: for a batch the event classifier was trained on, a classifier trained without
    it (:func:`fold_classifiers`): the opinions the checks learn from are then out of sample,
    as they are on new text."""
    from multivector.coding.verification import Recording, Verification, VerifierSettings

    saved = coder.extractor.verification
    opinion = coder.second_opinion
    classifier = opinion.classifier
    record = Recording()
    coder.extractor.verification = Verification(
        None, ranker, opinion, VerifierSettings.load(), record=record
    )
    out = Collected([], [])
    try:
        for batch in batches:
            opinion.classifier = (held_out or {}).get(batch.name, classifier)
            opinion.forget()
            articles = read_batch(batch)
            docs = coder.nlp.pipe([a.text for a in articles])
            for article, doc in zip(articles, docs, strict=True):
                record.events.clear()
                record.targets.clear()
                record.sources.clear()
                coded = coder.code_parsed(
                    Document(id=article.name, text=article.text, date=article.date), doc
                )
                features = {id(e): f for e, f in record.events}
                right = matched_events(article.lines, [e.to_dict() for e in coded.events])
                out.events.extend(
                    Example(batch.name, tuple(features.get(id(e), ())), i in right)
                    for i, e in enumerate(coded.events)
                )
                for event, candidates in record.targets:
                    out.targets.append([
                        Example(batch.name, c.features, _fits(article.lines, event, c.actor))
                        for c in candidates
                    ])  # fmt: skip
                for event, candidates in record.sources:
                    out.sources.append([
                        Example(batch.name, c.features,
                                _fits_source(article.lines, event, c.actor))
                        for c in candidates
                    ])  # fmt: skip
    finally:
        coder.extractor.verification = saved
        opinion.classifier = classifier
        opinion.forget()
    return out


def _fits(lines, event: Event, target: Actor) -> bool:
    """Whether ``event`` with ``target`` answers one of the article's gold lines."""
    filled = dataclasses.replace(event, target=target).to_dict()
    return any(line_fits(g, filled) for g in lines)


def _fits_source(lines, event: Event, source: Actor) -> bool:
    """Whether ``event`` with ``source`` answers one of the article's gold lines."""
    filled = dataclasses.replace(event, source=source).to_dict()
    return any(line_fits(g, filled) for g in lines)


def fit(examples: list[Example], c: float, min_df: int, meta: dict | None = None) -> LinearScorer:
    """A logistic regression over the examples' features (each counted once)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for e in examples for f in set(e.features))
    vocabulary = sorted(f for f, n in counts.items() if n >= min_df)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, cols = [], []
    for r, e in enumerate(examples):
        for j in {index[f] for f in e.features if f in index}:
            rows.append(r)
            cols.append(j)
    x = csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                   shape=(len(examples), len(vocabulary)))  # fmt: skip
    y = np.fromiter((e.right for e in examples), dtype=np.int8, count=len(examples))
    clf = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=500)
    clf.fit(x, y)
    return LinearScorer(vocabulary, clf.coef_[0], float(clf.intercept_[0]), meta)


def leave_one_out(examples: list[Example], held: list[str], c: float, min_df: int) -> None:
    """Print, over the ``held`` batches each left out in turn, what each threshold keeps."""
    from sklearn.metrics import roc_auc_score

    scores, labels = [], []
    for batch in held:
        model = fit([e for e in examples if e.batch != batch], c, min_df)
        test = [e for e in examples if e.batch == batch]
        scores.extend(model.probability(e.features) for e in test)
        labels.extend(e.right for e in test)
    p, y = np.array(scores), np.array(labels, dtype=bool)
    print(f"verifier, leaving out {', '.join(held)} in turn: {len(y)} events, {y.mean():.3f} "
          f"right, AUC {roc_auc_score(y, p):.3f}")  # fmt: skip
    for t in THRESHOLDS:
        kept = p >= t
        print(f"  threshold {t:.2f}: keeps {kept.sum()} events ({kept.mean():.3f}), "
              f"{y[kept].mean():.3f} of them right, {y[kept].sum() / y.sum():.3f} of the right "
              "ones")  # fmt: skip


def leave_one_out_targets(
    groups: list[list[Example]], held: list[str], c: float, min_df: int
) -> None:
    """Print, over the ``held`` batches left out in turn, what the ranker would do: how often
    its best candidate for a targetless event is right at each threshold, and how many events
    with a target it would make right or wrong by preferring an alternative."""
    filled: list[tuple[float, bool]] = []
    switched: list[tuple[float, float, bool, bool]] = []  # p alt, p current, alt right, cur right
    for batch in held:
        model = fit([e for g in groups for e in g if g[0].batch != batch], c, min_df)
        for g in groups:
            if g[0].batch == batch:
                rank_candidates(model, g, filled, switched)
    print(f"target ranker, leaving out {', '.join(held)} in turn: {len(filled)} targetless "
          f"events with candidates, {len(switched)} events with a target and alternatives")  # fmt: skip
    for t in RANKER_THRESHOLDS:
        taken = [right for p, right in filled if p >= t]
        print(f"  targetless, threshold {t:.2f}: fills {len(taken)}, {sum(taken)} right")
    for t in RANKER_THRESHOLDS[2:]:
        for margin in (0.1, 0.2, 0.3, 0.4):
            moves = [(a, r) for p, q, a, r in switched if p >= t and p - q >= margin]
            gained = sum(a and not r for a, r in moves)
            lost = sum(r and not a for a, r in moves)
            print(f"  with a target, alternative >= {t:.2f} and {margin:.1f} above: switches "
                  f"{len(moves)}, {gained} made right, {lost} made wrong")  # fmt: skip


def _fit_described(examples: list[Example], c: float, min_df: int, meta: dict) -> LinearScorer:
    """:func:`fit`, with the data it was fitted on described in the model's metadata."""
    return fit(examples, c, min_df,
               {**meta, "examples": len(examples), "data_sha256": data_digest(examples)})  # fmt: skip


def save_examples(examples: list[Example], path: Path) -> None:
    """The examples as JSON lines (batch, features, right), for analysis."""
    with path.open("w", encoding="utf-8") as f:
        for e in examples:
            f.write(json.dumps({"batch": e.batch, "features": e.features, "right": e.right}) + "\n")


def load_examples(path: Path) -> list[Example]:
    """The examples :func:`save_examples` wrote."""
    with path.open(encoding="utf-8") as f:
        return [Example(d["batch"], tuple(d["features"]), bool(d["right"]))
                for d in map(json.loads, f)]  # fmt: skip


def data_digest(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for e in examples:
        h.update(("|".join(e.features) + str(e.right)).encode())
    return h.hexdigest()[:16]


def training_batches(config: dict, repo: Path) -> list[Path]:
    """The gold batches the checks learn from: those ``config`` (training/verifier.yaml) lists,
    else the classifier's (``gold_batches`` of training/config.yaml), in their order."""
    from multivector.coding.classifier.train import gold_batches

    listed = config.get("gold_batches")
    return [repo / b for b in listed] if listed else gold_batches(repo / "training")


def main(argv: list[str] | None = None) -> int:
    from multivector.coding.classifier.train import gold_batches
    from multivector.coding.coder import Coder

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", default="training/verifier.yaml", type=Path)
    p.add_argument("--out", default=str(DATA), type=Path, help="directory of the two models")
    p.add_argument("--evaluate", action="store_true", help="leave-one-batch-out reports first")
    p.add_argument("--evaluate-folds", type=int, default=0, metavar="K",
                   help="grouped cross-validation of the verifier, K folds of whole batches")
    p.add_argument("--save-examples", type=Path, default=None, metavar="FILE",
                   help="write the verifier's examples as JSON lines")
    p.add_argument("--save-targets", type=Path, default=None, metavar="FILE",
                   help="write the target ranker's candidate groups as JSON lines")
    p.add_argument("--save-sources", type=Path, default=None, metavar="FILE",
                   help="write the source ranker's candidate groups as JSON lines")
    p.add_argument("--folds", default=None, type=Path,
                   help="the event classifier's cross-fitted models (classifier.train "
                   "--folds-out; default build/classifier-folds)")  # fmt: skip
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    config = yaml.safe_load(args.config.read_text(encoding="utf-8")) or {}
    repo = args.config.resolve().parent.parent
    batches = training_batches(config, repo)
    c, min_df = float(config.get("c", 0.3)), int(config.get("min_df", 2))
    held = [b.name for b in batches[-4:]]
    coder = Coder(model=True, verify=False)
    if coder.second_opinion is None:
        print("the event classifier is not built: run `make model`", file=sys.stderr)
        return 1
    meta = {"trained": dt.date.today().isoformat(), "batches": [b.name for b in batches],
            "c": c, "seed": SEED}  # fmt: skip
    held_out = fold_classifiers(args.folds or repo / "build" / "classifier-folds")
    trained_on = {b.name for b in gold_batches(repo / "training")}
    unfolded = sorted((trained_on & {b.name for b in batches}) - held_out.keys())
    print(f"classifier opinions out of sample for {len(held_out)} batches"
          + (f"; from the full model for {', '.join(unfolded)} (no fold model: in sample "
             "only if the full model was trained on them)" if unfolded else ""))  # fmt: skip
    meta["cross_fitted"] = sorted(held_out)
    # 1. the target ranker, from the candidates of the rules' targetless events
    first = collect(batches, coder, held_out=held_out)
    groups = [g for g in first.targets if g]
    candidates = [e for g in groups for e in g]
    print(f"{len(groups)} events with candidate targets ({len(candidates)} candidates, "
          f"{sum(e.right for e in candidates)} right) in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    if args.evaluate:
        leave_one_out_targets(groups, held, c, min_df)
    if args.evaluate_folds:
        print("\n".join(ranker_report(groups, [b.name for b in batches], args.evaluate_folds,
                                       lambda train: fit(train, c, min_df))))  # fmt: skip
    if args.save_targets is not None:
        with args.save_targets.open("w", encoding="utf-8") as f:
            for g in groups:
                f.write(json.dumps([[e.batch, e.features, e.right] for e in g]) + "\n")
    ranker = _fit_described(candidates, c, min_df, meta)
    # the source ranker, from the candidate sources of the rules' events (those with another
    # candidate than the rules' source)
    source_groups = [g for g in first.sources if len(g) > 1]
    print(f"{len(source_groups)} events with candidate sources "
          f"({sum(g[-1].right for g in source_groups)} rules' sources right, "
          f"{sum(any(e.right for e in g[:-1]) for g in source_groups)} with a right alternative)")  # fmt: skip
    if args.evaluate_folds:
        print("\n".join(ranker_report(source_groups, [b.name for b in batches],
                                       args.evaluate_folds, lambda train: fit(train, c, min_df),
                                       "source ranker")))  # fmt: skip
    if args.save_sources is not None:
        with args.save_sources.open("w", encoding="utf-8") as f:
            for g in source_groups:
                f.write(json.dumps([[e.batch, e.features, e.right] for e in g]) + "\n")
    source_examples = [e for g in source_groups for e in g]
    source_ranker = (  # a logistic regression needs both labels
        _fit_described(source_examples, c, min_df, meta)
        if len({e.right for e in source_examples}) == 2
        else None
    )
    # 2. the verifier, from the events the coder makes with the ranker
    events = collect(batches, coder, ranker, held_out).events
    print(f"{len(events)} events ({sum(e.right for e in events)} right) "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    if args.evaluate:
        leave_one_out(events, held, c, min_df)
    if args.evaluate_folds:
        scored = grouped_scores(events, [b.name for b in batches], args.evaluate_folds,
                                lambda train: fit(train, c, min_df))  # fmt: skip
        print("\n".join(report(scored, f"verifier, {args.evaluate_folds} folds of whole batches "
                                f"left out in turn (c {c})")))  # fmt: skip
    if args.save_examples is not None:
        save_examples(events, args.save_examples)
    verifier = _fit_described(events, c, min_df, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    ranker.save(args.out / RANKER_PATH.name)
    if source_ranker is not None:
        source_ranker.save(args.out / SOURCE_RANKER_PATH.name)
    verifier.save(args.out / DEFAULT_PATH.name)
    print(f"wrote {args.out}/{RANKER_PATH.name} ({len(ranker.vocabulary)} features) and "
          f"{DEFAULT_PATH.name} ({len(verifier.vocabulary)} features) "
          f"in {time.perf_counter() - t0:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
