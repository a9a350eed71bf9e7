"""What each kind of classifier contribution is worth: proposals, refinements, arbitration.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_model_contributions.py \
        --batch batch5 --batch batch6 ... --batch batch10 [--work /tmp/model_contrib]

Codes the named batches once with the bundled classifier and permissive settings (proposals
from root probability 0.5 with any code probability, refinements whenever a code below the
residual one is more probable than it), recording for every model contribution its
probabilities and what the event would have been without it. Each threshold policy is then a
scoring pass: an event the policy would not have made is dropped (proposal) or given back its
rule's code (refinement, arbitration). Batches are always named explicitly (never a glob).
With ``--folds build/classifier-folds`` (written by ``make model``) each batch the bundled
classifier was trained on is coded with the fold classifier trained without it, so every
contribution is out of sample (the verifier, trained cross-fitted too, stays the bundled one).

A weakness: the recording run is not the shipped coder. A proposal or refinement the policy
would not have made still shaped the document's state (the actors later pronouns resolve to), so
a policy's figures here are near, not equal, to a coding run with its settings (on batches 5-10
"shipped" scores 650 hits / 720 right of 1191 here, 664 / 737 of 1189 in a real run): confirm a
chosen policy with benchmarks/bench_news_gold.py. The veto is simulated by dropping events only:
the coder also makes no proposal in a sentence the veto emptied, which this script ignores.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_news_gold import GOLD_DIR, load_articles, load_scorer, score_article  # noqa: E402

REFINED = re.compile(r" \+model:event-classifier refined (\d\.\d\d)")
CHOSE = re.compile(r" \+model:event-classifier chose (\d\.\d\d)")
PROPOSED = re.compile(r"^model:event-classifier (\d\.\d\d) root (\d\d) code (\d+) (\d\.\d\d)")


def record(batches: list[str], folds: Path | None = None):
    """Code ``batches`` with permissive settings; rows of (name, gold, events, notes).

    ``folds``: the cross-fitted classifiers (``classifier.train --folds-out``); a batch one of
    them was trained without is coded with that one, so its contributions are out of sample."""
    from multivector.coding.coder import Coder
    from multivector.coding.predicates import Match
    from multivector.coding.second_opinion import (
        SecondOpinion,
        on_main_predicate,
        other_root,
        weakness,
    )
    from multivector.coding.verifier.train import fold_classifiers
    from multivector.model import Document

    notes: dict[str, dict] = {"refine": {}, "choose": {}, "veto": {}}

    class Recorder(SecondOpinion):
        def refine(self, sent, code, rule, taken=frozenset()):
            new, new_rule = super().refine(sent, code, rule, taken)
            if new != code:
                op = self.opinion(sent)
                notes["refine"][(sent.text, new_rule)] = {
                    "from": code,
                    "p": op.codes.get(new, 0.0),
                    "p_residual": op.codes.get(code, 0.0),
                    "p_root": op.root_probability(code),
                }
            return new, new_rule

        def review(self, sent, pattern, noun, decided, events, trace):
            if decided or pattern.rule.startswith("model:"):
                return events
            op = self.opinion(sent)
            weak = frozenset(weakness(pattern, noun, events))
            for e in events:
                notes["veto"][event_key(e.to_dict())] = (
                    op.root_probability(e.cameo),
                    op.roots.get("none", 0.0),
                    weak,
                    other_root(op, e.cameo),
                    on_main_predicate(sent, e),
                )
            return events

        def chooser(self, sent):
            choose = super().chooser(sent)
            if choose is None:
                return None

            def recorded(matches: list[Match]) -> Match:
                m = choose(matches)
                op = self.opinion(sent)
                first = matches[0].pattern.code
                notes["choose"][(sent.text, m.pattern.rule)] = {
                    "from": first,
                    "p": op.codes.get(m.pattern.code, op.root_probability(m.pattern.code)),
                    "p_from": op.codes.get(first, op.root_probability(first)),
                }
                return m

            return recorded

    coder = Coder(model=True)
    settings = dataclasses.replace(
        coder.extractor.second_opinion.settings,
        min_root_probability=0.5,
        min_code_probability=0.0,
        refine_min_probability=0.0,
        veto=False,
    )
    bundled = coder.extractor.second_opinion.classifier
    recorder = coder.extractor.second_opinion = Recorder(bundled, settings)
    held_out = fold_classifiers(folds) if folds else {}
    rows = []
    for batch in batches:
        recorder.classifier = held_out.get(batch, bundled)
        recorder.forget()
        print(f"{batch}: {'fold model' if batch in held_out else 'bundled model'}", file=sys.stderr)
        articles = load_articles(GOLD_DIR, [batch])
        docs = [Document(id=name, text=text, date=date) for name, text, date, _ in articles]
        coded = list(coder.code_documents(docs))
        rows += [
            (name, gold, [e.to_dict() for e in cd.events])
            for (name, _t, _d, gold), cd in zip(articles, coded, strict=True)
        ]
    return rows, notes


def event_key(d: dict) -> tuple:
    return (d["doc_id"], d["sentence_id"], d["cameo"], d["rule"], d["verb"], str(d["source"]),
            str(d["target"]))  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Policy:
    """Thresholds to evaluate (``settings.yaml``'s meaning)."""

    min_root: float = 0.7  # proposals
    targetless_min_root: float | None = None  # ... of the targetless roots (None: min_root)
    min_code: float = 0.3
    refine_min: float = 0.3  # refinement: code probability at least this
    refine_margin: float = 0.0  # ... and at least this above the residual code's
    refine_ratio: float = 1.0  # ... and at least this times the residual code's
    refine_roots: frozenset[str] | None = None  # refine only codes of these roots (None: all)
    arbitrate: bool = True
    propose_roots: frozenset[str] | None = None
    veto: tuple | None = None  # (weak set, max root, min none, min other, spare main)


def kind(e: dict, notes) -> tuple[str, dict | None]:
    rule = e["rule"]
    if m := PROPOSED.match(rule):
        return "proposal", {"p_root": float(m[1]), "root": m[2], "code": m[3], "p": float(m[4])}
    if m := REFINED.search(rule):
        note = notes["refine"].get((e["sentence"], rule[: m.end()]))
        return "refinement", note
    if m := CHOSE.search(rule):
        note = notes["choose"].get((e["sentence"], rule[: m.end()]))
        return "arbitration", note
    return "rule", None


def apply(e: dict, notes, pol: Policy) -> dict | None:
    """The event ``pol`` would have made in place of ``e`` (None: no event)."""
    k, n = kind(e, notes)
    if pol.veto and (rec := notes["veto"].get(event_key(e))) is not None:
        weak, max_root, min_none, min_other, spare = pol.veto
        p_root, p_none, w, other, main = rec
        if (
            (w & weak)
            and (p_root < max_root or p_none >= min_none)
            and other >= min_other
            and not (spare and main)
        ):
            return None
    if k == "proposal":
        low = pol.min_root
        if n["root"] in TARGETLESS and pol.targetless_min_root is not None:
            low = pol.targetless_min_root
        if n["p_root"] < low or (pol.propose_roots and n["root"] not in pol.propose_roots):
            return None
        if n["p"] < pol.min_code and e["cameo"] == n["code"]:
            return {**e, "cameo": n["root"] + "0"}
        return e
    if k == "refinement" and n is not None:
        ok = (
            n["p"] >= pol.refine_min
            and n["p"] >= n["p_residual"] + pol.refine_margin
            and n["p"] >= n["p_residual"] * pol.refine_ratio
            and (pol.refine_roots is None or n["from"][:2] in pol.refine_roots)
        )
        return e if ok else {**e, "cameo": n["from"]}
    if k == "arbitration" and n is not None and not pol.arbitrate:
        return {**e, "cameo": n["from"]}
    return e


def score(scorer, rows, notes, pol: Policy, root: bool = False):
    req = hit = pred = ok = 0
    per: Counter = Counter()
    for name, gold, events in rows:
        g = [{**x, "cameo": sorted({c[:2] for c in x["cameo"]})} for x in gold] if root else gold
        made = [(e, apply(e, notes, pol)) for e in events]
        kept = [x for _, x in made if x is not None]
        s = score_article(scorer, name, g, kept)
        extra = {id(x) for x in s.extra}
        for e, x in made:
            k, n = kind(e, notes)
            if x is None or (
                k != "proposal" and (x is not e or n is None or n["from"] == e["cameo"])
            ):
                continue  # the policy did not make this contribution
            per[k, "events"] += 1
            per[k, "correct"] += id(x) not in extra
        req, hit, pred, ok = (
            req + s.required,
            hit + s.hit_required,
            pred + s.predicted,
            ok + (s.matched_predicted),
        )
    return (req, hit, pred, ok), per


def fmt(c) -> str:
    req, hit, pred, ok = c
    r, p = hit / max(req, 1), ok / max(pred, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"R {r:.3f} P {p:.3f} F {f:.3f} ({hit}/{req}, {ok}/{pred})"


def bands(scorer, rows, notes, pol: Policy) -> dict[tuple[str, str], list[int]]:
    """[events, correct] per kind and probability band (and per root), under ``pol``."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for name, gold, events in rows:
        made = [(e, apply(e, notes, pol)) for e in events]
        s = score_article(scorer, name, gold, [x for _, x in made if x is not None])
        extra = {id(x) for x in s.extra}
        for e, x in made:
            k, n = kind(e, notes)
            if k == "rule" or n is None or x is None:
                continue
            p = n["p_root"] if k == "proposal" else n["p"]
            root = n["root"] if k == "proposal" else n["from"][:2]
            for band in (f"p {int(p * 10) / 10:.1f}", f"root {root}"):
                out[k, band][0] += 1
                out[k, band][1] += id(x) not in extra
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", action="append", required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/model_contrib"))
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--folds", type=Path, help="cross-fitted classifiers (build/classifier-folds)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    scorer = load_scorer(args.shared / "eval" / "score_events.py")
    name = "_".join(b.removeprefix("batch") for b in args.batch) + ("_folds" if args.folds else "")
    cache = args.work / f"rec_{name}.pkl"
    if not cache.is_file():
        cache.write_bytes(pickle.dumps(record(args.batch, args.folds)))
    rows, notes = pickle.loads(cache.read_bytes())
    loose = Policy(min_root=0.5, min_code=0.0, refine_min=0.0)
    print("kind, band: events, correct (recording settings: every contribution made)")
    for (k, b), (n, c) in sorted(bands(scorer, rows, notes, loose).items()):
        print(f"  {k:<12} {b:<8} {n:>4} {c:>4}")
    print()
    for label, pol in POLICIES.items():
        total, per = score(scorer, rows, notes, pol)
        rt, _ = score(scorer, rows, notes, pol, root=True)
        kinds = " ".join(
            f"{k[:4]} {per[k, 'correct']}/{per[k, 'events']}"
            for k in ("proposal", "refinement", "arbitration")
        )
        print(f"{label:<34} {fmt(total)} | root {fmt(rt)} | {kinds}")
    return 0


WEAK = frozenset({"bare", "noun", "residual"})
TARGETLESS = frozenset({"08", "09", "14", "15"})
VETO = (WEAK, 0.05, 2.0, 0.7, True)
# settings.yaml as shipped (session 12)
SHIPPED = Policy(min_root=0.9, targetless_min_root=0.7, refine_min=0.6, veto=VETO)
POLICIES: dict[str, Policy] = {
    "shipped": SHIPPED,
    "shipped, refine 0.3": dataclasses.replace(SHIPPED, refine_min=0.3),
    "shipped, refine 0.4": dataclasses.replace(SHIPPED, refine_min=0.4),
    "shipped, refine 0.5": dataclasses.replace(SHIPPED, refine_min=0.5),
    "shipped, refine 0.7": dataclasses.replace(SHIPPED, refine_min=0.7),
    "shipped, refine 0.8": dataclasses.replace(SHIPPED, refine_min=0.8),
    "shipped, refine 0.9": dataclasses.replace(SHIPPED, refine_min=0.9),
    "shipped, no refinement": dataclasses.replace(SHIPPED, refine_min=2.0),
    "shipped, refine ratio 2": dataclasses.replace(SHIPPED, refine_ratio=2.0),
    "shipped, no arbitration": dataclasses.replace(SHIPPED, arbitrate=False),
    "shipped, no proposals": dataclasses.replace(SHIPPED, min_root=2.0, targetless_min_root=2.0),
    "shipped, proposals 0.95/0.8": dataclasses.replace(SHIPPED, min_root=0.95, targetless_min_root=0.8),
    "shipped, no veto": dataclasses.replace(SHIPPED, veto=None),
    "session-8 policy": Policy(),
    "no proposals": Policy(min_root=2.0),
    "proposals 0.8": Policy(min_root=0.8),
    "proposals 0.9": Policy(min_root=0.9),
    "proposals 0.6": Policy(min_root=0.6),
    "proposal code 0.5": Policy(min_code=0.5),
    "proposal code 0.0": Policy(min_code=0.0),
    "no refinement": Policy(refine_min=2.0),
    "refine 0.5": Policy(refine_min=0.5),
    "refine 0.4": Policy(refine_min=0.4),
    "refine 0.6": Policy(refine_min=0.6),
    "refine 0.7": Policy(refine_min=0.7),
    "refine margin 0.1": Policy(refine_margin=0.1),
    "refine margin 0.2": Policy(refine_margin=0.2),
    "refine ratio 2": Policy(refine_ratio=2.0),
    "refine ratio 3": Policy(refine_ratio=3.0),
    "refine 0.2": Policy(refine_min=0.2),
    "no arbitration": Policy(arbitrate=False),
    "proposals 0.85": Policy(min_root=0.85),
    "proposals 0.95": Policy(min_root=0.95),
    "refine 0.1": Policy(refine_min=0.1),
    "refine 0.15": Policy(refine_min=0.15),
    "refine 0.25": Policy(refine_min=0.25),
    "refine 0.2 margin 0.1": Policy(refine_min=0.2, refine_margin=0.1),
    "refine 0.2 ratio 2": Policy(refine_min=0.2, refine_ratio=2.0),
    "refine 0.3 ratio 2": Policy(refine_ratio=2.0),
    "refine 0.3 margin 0.2": Policy(refine_margin=0.2),
    "refine 0.3 margin 0.3": Policy(refine_margin=0.3),
    "proposals 0.9 refine 0.2": Policy(min_root=0.9, refine_min=0.2),
    "proposals 0.9, targetless 0.7": Policy(min_root=0.9, targetless_min_root=0.7),
    "proposals 0.9/0.7 + veto spare": Policy(min_root=0.9, targetless_min_root=0.7, veto=VETO),
    "proposals 0.9/0.7 + veto, no spare": Policy(
        min_root=0.9, targetless_min_root=0.7, veto=(WEAK, 0.05, 2.0, 0.7, False)
    ),
    "proposals 0.9/0.7 + veto + refine 0.25": Policy(
        min_root=0.9, targetless_min_root=0.7, veto=VETO, refine_min=0.25
    ),
    "veto round1": Policy(veto=(WEAK, 0.05, 2.0, 0.7, False)),
    "veto round1 spare main": Policy(veto=(WEAK, 0.05, 2.0, 0.7, True)),
    "veto 0.03 spare main": Policy(veto=(WEAK, 0.03, 2.0, 0.7, True)),
    "veto 0.08 spare main": Policy(veto=(WEAK, 0.08, 2.0, 0.7, True)),
    "veto 0.05 o0.5 spare main": Policy(veto=(WEAK, 0.05, 2.0, 0.5, True)),
    "veto 0.1 o0.5 spare main": Policy(veto=(WEAK, 0.1, 2.0, 0.5, True)),
}


if __name__ == "__main__":
    raise SystemExit(main())
