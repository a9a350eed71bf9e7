"""Cross-validation by gold batch of the event classifier and of its veto.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_classifier_cv.py [--work /tmp/classifier_cv]

Once a gold batch is training data of the classifier, the coder's figures on that batch no longer
test the classifier. This script trains one classifier per left-out batch (the synthetic
sentences, the always-trained batches and every other held-out batch; fixed seeds, C of
``make model``), codes the left-out batch with it, and scores the coder's events with the
reference scorer: with the veto off, and for each veto policy of a grid (which rules are weak,
the root-probability threshold, the "no event" threshold). Each event's classifier
probabilities are recorded once per batch, so a policy costs a scoring pass, not a coding pass.

``--config batches1-4`` trains the left-out batch's model on the batches of the old
``training/config.yaml`` only (batches 1-4 minus the left-out one), to measure what adding
batches 5-10 to the training data does. Batches are always named explicitly (never a glob):
the sealed held-out batches are never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_news_gold import GOLD_DIR, load_articles, load_scorer, score_article  # noqa: E402

HELD_OUT = tuple(f"batch{n}" for n in range(3, 11))  # each left out in turn
ALWAYS = ("batch1", "batch2")  # training data in every fold
CONFIGS = {
    "batches1-10": ALWAYS + HELD_OUT,
    "batches1-4": ("batch1", "batch2", "batch3", "batch4"),
}
WEAK_SETS = {
    "bare": {"bare"},
    "bare+noun": {"bare", "noun"},
    "bare+noun+residual": {"bare", "noun", "residual"},
    "all-weak": {"bare", "noun", "residual", "generic"},
    "any-rule": {"*"},
}
ROOT_THRESHOLDS = (0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12)
NONE_THRESHOLDS = (2.0, 0.95, 0.9, 0.8)
OTHER_THRESHOLDS = (0.0, 0.3, 0.5, 0.7)


def examples_and_features(work: Path):
    """Synthetic and gold examples (batches 1-10, named one by one) with their features."""
    from multivector.coding.classifier.train import (
        featurize,
        gold_examples,
        synthetic_examples,
    )

    cache = work / "features.pkl"
    if cache.is_file():
        return pickle.loads(cache.read_bytes())
    examples = synthetic_examples(REPO / "training")
    for batch in ALWAYS + HELD_OUT:
        examples.extend(gold_examples(GOLD_DIR / batch))
    features, dense = featurize(examples)
    cache.write_bytes(pickle.dumps((examples, features, dense)))
    return examples, features, dense


def fold_model(work: Path, name: str, batches: tuple[str, ...], data, c: float) -> Path:
    """The classifier whose root head is trained on the synthetic sentences and ``batches``
    (cached by name). Its code head is ``code_head``'s: 300 code classifiers per fold cost
    more than the shared machine allows, and the veto reads the root head."""
    from multivector.coding.classifier import DEFAULT_PATH, EventClassifier
    from multivector.coding.classifier.train import build_matrix, fit_head, make_vocabulary

    if batches == CONFIGS["batches1-4"]:
        return DEFAULT_PATH  # the bundled classifier (``make model``) is this fold's
    path = work / f"model_{name}.npz"
    if path.is_file():
        return path
    codes = code_head(work, data, c)
    examples, features, dense = data
    keep = [
        i
        for i, e in enumerate(examples)
        if "/" not in e.origin or e.origin.split("/")[0] in batches
    ]  # noqa: E501
    vocabulary = make_vocabulary([features[i] for i in keep], 2)
    block, mean, scale = standardised(dense[keep])
    x = build_matrix([features[i] for i in keep], vocabulary, block)
    root_labels, root_w, root_b = fit_head(x, [examples[i] for i in keep], "root", c)
    code_w = np.zeros((len(vocabulary) + dense.shape[1], len(codes.code_labels)), np.float32)
    for f, i in codes.index.items():  # the code head's features are a subset of the fold's
        if (j := vocabulary.get(f)) is not None:
            code_w[j] = codes.code_weights[i]
    code_w[len(vocabulary) :] = codes.code_weights[len(codes.vocabulary) :]
    model = EventClassifier(
        list(vocabulary), root_labels, root_w, root_b, codes.code_labels, code_w,
        codes.code_bias, {"fold": name, "batches": list(batches), "c": c},
        tensor_mean=mean, tensor_scale=scale,
    )  # fmt: skip
    model.save(path)
    print(f"  trained {path.name} on {len(keep)} examples", flush=True)
    return path


def standardised(dense: np.ndarray):
    from multivector.coding.classifier.train import DENSE_WEIGHT

    mean = dense.mean(axis=0)
    scale = DENSE_WEIGHT / (dense.std(axis=0) + 1e-6)
    return (dense - mean) * scale, mean, scale


def code_head(work: Path, data, c: float):
    """The code head every fold borrows: the bundled classifier's (``make model``), trained on
    the synthetic sentences and batches 1-4. Batches 3 and 4 are thus training data of the
    code head of their own folds (proposals and arbitration there are in-sample); the root
    head, which the veto reads, never is."""
    from multivector.coding.classifier import DEFAULT_PATH, EventClassifier

    return EventClassifier.load(DEFAULT_PATH)


def record_batch(coder, model_path: Path, batch: str):
    """Code ``batch`` with the classifier at ``model_path``, veto off, recording for every
    rule event its root and "no event" probabilities and its weaknesses."""
    from multivector.coding.classifier import EventClassifier
    from multivector.coding.second_opinion import (
        SecondOpinion,
        on_main_predicate,
        other_root,
        weakness,
    )
    from multivector.model import Document

    info: dict[tuple, tuple[float, float, frozenset[str]]] = {}

    class Recorder(SecondOpinion):
        def review(self, sent, pattern, noun, decided, events, trace):
            if decided or pattern.rule.startswith("model:"):
                return events
            op = self.opinion(sent)
            weak = frozenset(weakness(pattern, noun, events))
            for e in events:
                other = other_root(op, e.cameo)
                info[key(e)] = (
                    op.root_probability(e.cameo),
                    op.roots.get("none", 0.0),
                    weak,
                    other,
                    on_main_predicate(sent, e),
                )
            return events

    settings = dataclasses.replace(coder.extractor.second_opinion.settings, veto=False)
    coder.extractor.second_opinion = Recorder(EventClassifier.load(model_path), settings)
    articles = load_articles(GOLD_DIR, [batch])
    docs = [Document(id=name, text=text, date=date) for name, text, date, _ in articles]
    coded = list(coder.code_documents(docs))
    rows = []
    for (name, _t, _d, gold), cd in zip(articles, coded, strict=True):
        rows.append((name, gold, [(e.to_dict(), info.get(key(e))) for e in cd.events]))
    return rows


def key(e) -> tuple:
    return (
        e.doc_id,
        e.sentence_id,
        e.cameo,
        e.source.code,
        e.target.code if e.target else None,
        e.verb_text,
    )


def dropped(
    rec,
    weak: set[str],
    max_root: float,
    min_none: float,
    min_other: float = 0,
    spare_main: bool = False,
) -> bool:
    """Whether the veto ``policy`` drops the event recorded as ``rec``. Records of older runs
    lack the other root's probability (taken as 1) and the main-predicate flag (False)."""
    if rec is None:
        return False
    p_root, p_none, w = rec[:3]
    other = rec[3] if len(rec) > 3 else 1.0
    main = rec[4] if len(rec) > 4 else False
    if "*" not in weak and not (w & weak):
        return False
    if spare_main and main:
        return False
    return (p_root < max_root or p_none >= min_none) and other >= min_other


def score(scorer, rows, policy, root: bool = False) -> tuple[int, int, int, int]:
    """Required, hit, predicted, matched counts over ``rows`` with ``policy``'s veto."""
    req = hit = pred = ok = 0
    for name, gold, events in rows:
        g = [{**x, "cameo": sorted({c[:2] for c in x["cameo"]})} for x in gold] if root else gold
        kept = [d for d, rec in events if not (policy and dropped(rec, *policy))]
        s = score_article(scorer, name, g, kept)
        req, hit, pred, ok = (
            req + s.required,
            hit + s.hit_required,
            pred + s.predicted,
            (ok + s.matched_predicted),
        )
    return req, hit, pred, ok


def fmt(c: tuple[int, int, int, int]) -> str:
    req, hit, pred, ok = c
    r, p = hit / max(req, 1), ok / max(pred, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"R {r:.3f} P {p:.3f} F {f:.3f} ({hit}/{req}, {ok}/{pred})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/classifier_cv"))
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--config", choices=sorted(CONFIGS), default="batches1-10")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--fold", action="append", help="only these left-out batches (repeatable)")
    ap.add_argument("--grid", action="store_true", help="score the recorded folds only")
    ap.add_argument("--in-sample", action="store_true",
                    help="also code batches 3-10 with one model trained on all of the config")  # fmt: skip
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    scorer = load_scorer(args.shared / "eval" / "score_events.py")
    data = None if args.grid else examples_and_features(args.work)
    configured = CONFIGS[args.config]
    folds: dict[str, list] = {}
    from multivector.coding.coder import Coder

    coder = None if args.grid else Coder(model=True)
    for batch in args.fold or HELD_OUT:
        batches = tuple(b for b in configured if b != batch)
        name = f"c{args.c}-" + "_".join(b.removeprefix("batch") for b in batches)
        record = args.work / f"fold_{name}_{batch}.pkl"
        if not record.is_file():
            if args.grid:
                continue
            path = fold_model(args.work, name, batches, data, args.c)
            record.write_bytes(pickle.dumps(record_batch(coder, path, batch)))
            print(f"  coded {batch} with {path.name}", flush=True)
        folds[batch] = pickle.loads(record.read_bytes())
    if not args.grid:
        return 0
    policies: list = [None] + [
        (WEAK_SETS[w], r, n, o, spare)
        for w, r, n, o, spare in itertools.product(
            WEAK_SETS, ROOT_THRESHOLDS, NONE_THRESHOLDS, OTHER_THRESHOLDS, (False, True)
        )
        if r > 0 or n <= 1
    ]
    names = {
        id(p): "veto off"
        if p is None
        else f"{'+'.join(sorted(p[0]))} root<{p[1]} none>={p[2]} other>={p[3]}"
        + (" spare-main" if p[4] else "")
        for p in policies
    }  # noqa: E501
    results = defaultdict(dict)
    for p in policies:
        for batch, rows in folds.items():
            results[id(p)][batch] = score(scorer, rows, p)
    total = {id(p): tuple(map(sum, zip(*results[id(p)].values(), strict=True))) for p in policies}
    base = total[id(policies[0])]
    print(f"\nconfig {args.config}, C={args.c}: held-out-batch figures (code level)")
    for p in sorted(policies, key=lambda p: -_f(total[id(p)]))[:25] + [policies[0]]:
        t = total[id(p)]
        print(f"{names[id(p)]:<48} {fmt(t)}  dF {_f(t) - _f(base):+.4f}")
    print("\nper left-out batch, veto off:")
    for batch in folds:
        print(f"  {batch:<8} {fmt(results[id(policies[0])][batch])}")
    print(
        "  root level:",
        fmt(
            tuple(
                map(sum, zip(*(score(scorer, r, None, True) for r in folds.values()), strict=True))
            )
        ),
    )  # noqa: E501
    (args.work / f"results_{args.config}_c{args.c}.pkl").write_bytes(
        pickle.dumps({names[id(p)]: (p, results[id(p)]) for p in policies})
    )
    (args.work / f"folds_{args.config}_c{args.c}.pkl").write_bytes(pickle.dumps(folds))
    return 0


def _f(c: tuple[int, int, int, int]) -> float:
    req, hit, pred, ok = c
    r, p = hit / max(req, 1), ok / max(pred, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    np.seterr(all="ignore")
    raise SystemExit(main())
