"""Sentence representations for the event classifier, compared on gold it was not trained on.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_classifier_repr.py [--work /tmp/classifier_repr]
        [--variant NAME ...] [--lobo] [--save NAME]

Every candidate is trained on the synthetic sentences (``training/events``) and gold batches
1-10 and scored on the sentences of batches 11 and 12 (``--lobo``: also leave-one-batch-out
over batches 3-10, the other batches and the synthetic sentences training each fold). The
classifier's own figures are reported: root accuracy on event sentences, "no event" recall and
precision, and how well the root probabilities are calibrated (Brier score; the expected
calibration error of the best root's probability, ten bins). ``--save NAME`` writes the named
variant's full model (both heads, trained on batches 1-10) for ``evalmodel``-style coder runs.
Batches are named explicitly (never a glob): the sealed held-out batches are never read.
Parsing is done once and cached under ``--work``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_news_gold import GOLD_DIR  # noqa: E402

TRAIN_GOLD = tuple(f"batch{n}" for n in range(1, 11))
TEST_GOLD = ("batch11", "batch12")
LOBO = tuple(f"batch{n}" for n in range(3, 11))


# ---------------------------------------------------------------- parsing (cached)
def parsed(work: Path):
    """Examples, their parses (a DocBin) and their token tensors, parsed once."""
    from spacy.tokens import DocBin

    from multivector.coding.classifier.train import gold_examples, synthetic_examples
    from multivector.nlp import load_pipeline

    nlp = load_pipeline()
    cache = work / "parsed.pkl"
    if cache.is_file():
        examples, blob, tensors = pickle.loads(cache.read_bytes())
        return examples, list(DocBin().from_bytes(blob).get_docs(nlp.vocab)), tensors
    examples = synthetic_examples(REPO / "training")
    for batch in TRAIN_GOLD + TEST_GOLD:
        examples.extend(gold_examples(GOLD_DIR / batch))
    bin_, tensors = DocBin(store_user_data=False), []
    docs = []
    for doc in nlp.pipe((e.text for e in examples), batch_size=64):
        tensors.append(np.asarray(doc.tensor, np.float32))
        bin_.add(doc)
        docs.append(doc)
    cache.write_bytes(pickle.dumps((examples, bin_.to_bytes(), tensors)))
    return examples, docs, tensors


def batch_of(example) -> str:
    return example.origin.split("/")[0] if "/" in example.origin else "synthetic"


# ---------------------------------------------------------------- representations
def pattern_roots() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each verb's and event noun's pattern roots in the bundled dictionary."""
    from multivector.coding.dictionary import load_dictionaries

    events = load_dictionaries().events
    return (
        {h: frozenset(p.code[:2] for p in ps) for h, ps in events.verbs.items()},
        {h: frozenset(p.code[:2] for p in ps) for h, ps in events.nouns.items()},
    )


def lexical_classes(doc, verbs, nouns) -> list[str]:
    """The roots the dictionary's patterns give each predicate lemma (``pv=04``), and the
    main predicate's (``proot=04``): a back-off from the lemma to its kind of act."""
    out: list[str] = []
    for tok in doc:
        table = verbs if tok.pos_ == "VERB" else nouns if tok.pos_ == "NOUN" else None
        if table is None:
            continue
        roots = table.get(tok.lemma_.lower())
        if not roots:
            continue
        tag = "pv=" if tok.pos_ == "VERB" else "pn="
        out.extend(tag + r for r in roots)
        if tok.dep_ == "ROOT" or tok.head.dep_ == "ROOT" and tok.dep_ in ("ccomp", "xcomp"):
            out.extend("proot=" + r for r in roots)
    return out


def predicate_rows(doc) -> list[int]:
    """The sentence root, the clause it reports (``said`` ... ccomp) and their arguments."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    heads = list(roots)
    for r in roots:
        heads.extend(c for c in r.children if c.dep_ in ("ccomp", "xcomp", "conj"))
    rows = {t.i for t in heads}
    for h in heads:
        rows.update(c.i for c in h.children if not c.is_punct)
    return sorted(rows)


DENSE: dict[str, Callable] = {
    "none": lambda doc, t: np.zeros(0, np.float32),
    "mean": lambda doc, t: t.mean(axis=0),
    "max": lambda doc, t: t.max(axis=0),
    "meanmax": lambda doc, t: np.concatenate([t.mean(axis=0), t.max(axis=0)]),
    "mean+pred": lambda doc, t: np.concatenate([t.mean(axis=0), t[predicate_rows(doc)].mean(0)]),
}


@dataclass(frozen=True)
class Variant:
    sparse: str = "base"  # base | lex | lexonly
    dense: str = "mean"
    weight: float = 0.3  # the dense block's scale beside the binary features
    c: float = 1.0
    balanced: bool = True


VARIANTS = {
    "bundled": Variant(),
    "no-dense": Variant(dense="none"),
    "max": Variant(dense="max"),
    "meanmax": Variant(dense="meanmax"),
    "mean+pred": Variant(dense="mean+pred"),
    "mean-w1": Variant(weight=1.0),
    "mean-w0.1": Variant(weight=0.1),
    "lex": Variant(sparse="lex"),
    "lex+mean+pred": Variant(sparse="lex", dense="mean+pred"),
    "lex-no-dense": Variant(sparse="lex", dense="none"),
    "no-dense-C0.3": Variant(dense="none", c=0.3),
    "C0.3": Variant(c=0.3),
    "C3": Variant(c=3.0),
    "unbalanced": Variant(balanced=False),
    "unbalanced-C3": Variant(balanced=False, c=3.0),
}


def represent(variant: Variant, docs, tensors):
    from multivector.coding.classifier.features import sentence_features

    verbs, nouns = pattern_roots() if variant.sparse != "base" else ({}, {})
    feats, dense = [], []
    for doc, t in zip(docs, tensors, strict=True):
        f = sentence_features(doc[:])
        if variant.sparse == "lex":
            f = f + lexical_classes(doc, verbs, nouns)
        feats.append(f)
        ok = len(t) and t.shape[0] == len(doc)
        dense.append(DENSE[variant.dense](doc, t) if ok else None)
    width = max((len(d) for d in dense if d is not None), default=0)
    block = np.array([d if d is not None else np.zeros(width) for d in dense], np.float32)
    return feats, block


# ---------------------------------------------------------------- training and scoring
def fit(variant: Variant, examples, feats, dense, idx, heads=("root",)):
    """A classifier trained on the examples ``idx`` (code head only when asked)."""
    from multivector.coding.classifier import train as T

    saved = T.DENSE_WEIGHT
    T.DENSE_WEIGHT = variant.weight
    T_fit = T.fit_head
    if not variant.balanced:
        T.fit_head = _unbalanced_fit_head
    try:
        sub = [examples[i] for i in idx]
        vocabulary = T.make_vocabulary([feats[i] for i in idx], 2)
        mean = scale = block = None
        if dense.shape[1]:
            d = dense[idx]
            mean = d.mean(axis=0)
            scale = variant.weight / (d.std(axis=0) + 1e-6)
            block = (d - mean) * scale
        x = T.build_matrix([feats[i] for i in idx], vocabulary, block)
        r_labels, r_w, r_b = T.fit_head(x, sub, "root", variant.c)
        if "code" in heads:
            c_labels, c_w, c_b = T.fit_head(x, sub, "code", variant.c)
        else:
            c_labels, c_w, c_b = [], np.zeros((x.shape[1], 0), np.float32), np.zeros(0)
    finally:
        T.DENSE_WEIGHT = saved
        T.fit_head = T_fit
    return T.EventClassifier(
        list(vocabulary), r_labels, r_w, r_b, c_labels, c_w, c_b,
        {"variant": str(variant)}, tensor_mean=mean, tensor_scale=scale,
    )  # fmt: skip


def _unbalanced_fit_head(x, examples, kind, c, min_count=2):
    from sklearn.linear_model import LogisticRegression

    from multivector.coding.classifier.train import SEED, labels_of

    label_sets = [labels_of(e, kind) for e in examples]
    labels = sorted({label for s in label_sets for label in s})
    weights = np.zeros((x.shape[1], len(labels)), dtype=np.float32)
    bias = np.zeros(len(labels), dtype=np.float32)
    for j, label in enumerate(labels):
        y = np.fromiter((label in s for s in label_sets), dtype=np.int8, count=len(label_sets))
        if y.sum() < min_count or y.min() == y.max():
            continue
        clf = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=200)
        clf.fit(x, y)
        weights[:, j] = clf.coef_[0]
        bias[j] = clf.intercept_[0]
    return labels, weights, bias


def score(model, examples, feats, dense, idx) -> dict[str, float]:
    """Root accuracy, "no event" recall/precision, Brier score and ECE on ``idx``."""
    n_event = root_ok = none_kept = none_missed = event_lost = 0
    brier, conf, hit = 0.0, [], []
    for i in idx:
        vec = model.dense(dense[i : i + 1]) if dense.shape[1] else None
        op = model.opinion_of_features(feats[i], vec)
        gold = {c[:2] for c in examples[i].codes} or {"none"}
        root, p = op.best_root()
        conf.append(p)
        hit.append(root in gold)
        brier += sum((q - (r in gold)) ** 2 for r, q in op.roots.items()) / len(op.roots)
        if examples[i].codes:
            n_event += 1
            root_ok += root in gold
            event_lost += root == "none"
        else:
            none_kept += root == "none"
            none_missed += root != "none"
    conf_a, hit_a = np.array(conf), np.array(hit, float)
    bins = np.minimum((conf_a * 10).astype(int), 9)
    ece = sum(
        abs(conf_a[bins == b].mean() - hit_a[bins == b].mean()) * (bins == b).sum()
        for b in range(10)
        if (bins == b).any()
    ) / max(len(idx), 1)
    return {
        "n": len(idx),
        "root_acc": root_ok / max(n_event, 1),
        "none_R": none_kept / max(none_kept + none_missed, 1),
        "none_P": none_kept / max(none_kept + event_lost, 1),
        "brier": brier / max(len(idx), 1),
        "ece": float(ece),
    }


def line(name: str, r: dict[str, float]) -> str:
    return f"{name:<16} " + "  ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/classifier_repr"))
    ap.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    ap.add_argument("--lobo", action="store_true", help="also leave-one-batch-out, 3-10")
    ap.add_argument("--save", choices=sorted(VARIANTS), help="write this variant's full model")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    examples, docs, tensors = parsed(args.work)
    batches = [batch_of(e) for e in examples]
    train_idx = [i for i, b in enumerate(batches) if b not in TEST_GOLD]
    test_idx = [i for i, b in enumerate(batches) if b in TEST_GOLD]
    print(f"{len(train_idx)} training, {len(test_idx)} held-out sentences "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)  # fmt: skip
    if args.save:
        v = VARIANTS[args.save]
        feats, dense = represent(v, docs, tensors)
        model = fit(v, examples, feats, dense, train_idx, heads=("root", "code"))
        out = args.work / f"model_{args.save}.npz"
        model.save(out)
        print(line(args.save, score(model, examples, feats, dense, test_idx)), "->", out)
        return 0
    for name in args.variant or list(VARIANTS):
        v = VARIANTS[name]
        feats, dense = represent(v, docs, tensors)
        model = fit(v, examples, feats, dense, train_idx)
        print(line(name, score(model, examples, feats, dense, test_idx)), flush=True)
        if args.lobo:
            total: dict[str, float] = {}
            for held in LOBO:
                tr = [i for i, b in enumerate(batches) if b not in TEST_GOLD and b != held]
                te = [i for i, b in enumerate(batches) if b == held]
                r = score(fit(v, examples, feats, dense, tr), examples, feats, dense, te)
                for k, val in r.items():
                    total[k] = total.get(k, 0) + (val * r["n"] if k != "n" else val)
            n = total.pop("n")
            print(line(name + " lobo", {"n": int(n), **{k: v / n for k, v in total.items()}}),
                  flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
