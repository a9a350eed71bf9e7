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

Session 26 added what ``--folds`` needs to be honest and cheap: the learned checks read the
fold classifier's opinions too (before, the bundled one's), ``--parses`` reads tally.py's parse
cache (52 batches are recorded in about a minute), ``--split 1-40 --split 41-52`` scores batch
ranges apart (choose on one, confirm on the other) and prints each policy's hits and right and
wrong events against "shipped" (session 12's settings). Proposals are recorded with no target
required, up to MAX_CANDIDATES verbs, and in sentences where modality blocked a predicate (the
coder proposes nothing there), so ``require_target``, ``max_candidates`` and that block are
policies too.

Session 26 (recode26) added the recoding (``Policy.recode``): a weak rule's event whose root
the classifier finds improbable while it finds another root probable takes that root's likeliest
code ("recoding" in the figures: right/made); "session 26 recoding" is settings.yaml's policy.

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

from bench_contrib_policies import (  # noqa: E402
    MAX_CANDIDATES,
    POLICIES,
    SHIPPED,
    Policy,
)
from bench_news_gold import GOLD_DIR, load_articles, load_scorer, score_article  # noqa: E402

REFINED = re.compile(r" \+model:event-classifier refined (\d\.\d\d)")
RECODED = " +model:event-classifier recoded"
CHOSE = re.compile(r" \+model:event-classifier chose (\d\.\d\d)")
PROPOSED = re.compile(r"^model:event-classifier (\d\.\d\d) root (\d\d) code (\d+) (\d\.\d\d)")


def record(batches: list[str], folds: Path | None = None, parses: Path | None = None):
    """Code ``batches`` with permissive settings; rows of (name, gold, events, notes).

    ``folds``: the cross-fitted classifiers (``classifier.train --folds-out``); a batch one of
    them was trained without is coded with that one, so its contributions are out of sample.
    ``parses``: a cache of parsed texts (``<sha1 of text, 16 hex>.spacy``, as tally.py writes
    them), read when a text's parse is there. Proposals are recorded with no target required
    and up to ``MAX_CANDIDATES`` verbs tried: the rank of the verb a proposal was made on and
    whether it had a target are noted (``notes["proposal"]``), so ``require_target`` and
    ``max_candidates`` are policies too. ``notes["asked"]`` keeps, for every sentence the
    classifier was asked to propose for, its three likeliest roots and what came of it."""
    from multivector.coding.coder import Coder
    from multivector.coding.predicates import Match
    from multivector.coding.second_opinion import (
        SecondOpinion,
        best_other_root,
        object_noun_roots,
        on_main_predicate,
        other_root,
        weakness,
    )
    from multivector.coding.verifier.train import fold_classifiers
    from multivector.model import Document

    notes: dict[str, dict] = {
        "refine": {},
        "choose": {},
        "veto": {},
        "proposal": {},
        "asked": {},
        "blocked": {},
    }

    class Recorder(SecondOpinion):
        rank = -1

        def proposal(self, sent):
            pattern = super().proposal(sent)
            op = self.opinion(sent)
            top = sorted(op.roots.items(), key=lambda kv: -kv[1])[:3]
            notes["asked"][sent.text] = {"top": top, "pattern": pattern and pattern.rule}
            return pattern

        def candidates(self, sent, speech_verbs):
            verbs = super().candidates(sent, speech_verbs)
            notes["asked"].setdefault(sent.text, {})["candidates"] = [t.text for t in verbs]

            def ranked():
                for k, v in enumerate(verbs):
                    self.rank = k
                    yield v

            return ranked()

        def accepted(self, events):
            for e in events:
                notes["proposal"][e.doc_id, e.sentence_id] = {
                    "rank": self.rank,
                    "targets": sum(x.target is not None for x in events),
                    "events": len(events),
                }
            return events

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
                other = best_other_root(op, e.cameo)
                best = op.best_code(other) if other else None
                notes["veto"][event_key(e.to_dict())] = (
                    op.root_probability(e.cameo),
                    op.roots.get("none", 0.0),
                    weak,
                    other_root(op, e.cameo),
                    on_main_predicate(sent, e),
                    other,  # session 26: the recoding's root and code (None: no other root)
                    best[0] if best else None,
                    frozenset(
                        object_noun_roots(
                            sent,
                            e,
                            coder.extractor.dictionaries.events.nouns,
                            coder.extractor.dictionaries.events.verbs,
                        )
                    ),
                    pattern.specificity,  # session 28: how specific the rule is
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
        require_target=False,
        max_candidates=MAX_CANDIDATES,
    )
    bundled = coder.extractor.second_opinion.classifier
    recorder = coder.extractor.second_opinion = Recorder(bundled, settings)
    if coder.extractor.verification is not None:  # the learned checks read the same opinions
        coder.extractor.verification.second_opinion = recorder
    unblocked(coder.extractor, notes)
    held_out = fold_classifiers(folds) if folds else {}
    rows = []
    for batch in batches:
        recorder.classifier = held_out.get(batch, bundled)
        recorder.forget()
        print(f"{batch}: {'fold model' if batch in held_out else 'bundled model'}", file=sys.stderr)
        articles = load_articles(GOLD_DIR, [batch])
        docs = [Document(id=name, text=text, date=date) for name, text, date, _ in articles]
        coded = [_code(coder, d, parses) for d in docs]
        rows += [
            (name, gold, [e.to_dict() for e in cd.events])
            for (name, _t, _d, gold), cd in zip(articles, coded, strict=True)
        ]
    return rows, notes


def unblocked(extractor, notes: dict) -> None:
    """Let ``extractor`` propose in a sentence where modality blocked a predicate too, noting
    the blocking outcomes (``notes["blocked"]``): whether they should block is a policy."""
    from multivector.coding import events as stage

    propose = extractor._propose
    table = extractor.dictionaries.events

    blocking = stage.BLOCKING_OUTCOMES

    def _propose(sent, sentence_id, state, dates, traces):
        blocked = [
            (t.lemma, t.outcome, next((k for k in sent if k.text == t.token), None))
            for t in traces
            if t.outcome.startswith(blocking)
        ]
        stage.BLOCKING_OUTCOMES = ()
        try:
            found = propose(sent, sentence_id, state, dates, traces)
        finally:
            stage.BLOCKING_OUTCOMES = blocking
        if blocked:
            notes["blocked"][state.doc_id, sentence_id] = [
                (lemma, outcome, tok is not None and tok.i == sent.root.i, table.roots_of(lemma))
                for lemma, outcome, tok in blocked
            ]
        return found

    extractor._propose = _propose


def _code(coder, document, parses: Path | None):
    """``document`` coded, from its cached parse when ``parses`` holds it."""
    import hashlib

    from spacy.tokens import DocBin

    key = hashlib.sha1(document.text.encode()).hexdigest()[:16]
    path = parses / f"{key}.spacy" if parses is not None else None
    if path is None or not path.is_file() or coder._in_pieces(document):
        return next(coder.code_documents([document]))
    doc = next(DocBin().from_disk(path).get_docs(coder.nlp.vocab))
    return coder.code_parsed(document, doc)


def event_key(d: dict) -> tuple:
    return (d["doc_id"], d["sentence_id"], d["cameo"], d["rule"], d["verb"], str(d["source"]),
            str(d["target"]))  # fmt: skip


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


def _taken(notes, pol: Policy, e: dict) -> frozenset[str]:
    """The roots of the other verbs' events of ``e``'s sentence (those before it: as the coder
    knows them), which ``pol``'s recoding does not recode into."""
    return notes["earlier" if pol.recode_earlier else "taken"].get(event_key(e), frozenset())


def apply(e: dict, notes, pol: Policy) -> dict | None:
    """The event ``pol`` would have made in place of ``e`` (None: no event)."""
    k, n = kind(e, notes)
    if pol.recode and (rec := notes["veto"].get(event_key(e))) is not None:
        weak, max_root, min_other, into, out_of, spare = pol.recode
        p_root, _none, w, other, main, root, code, *objects = rec
        if (
            code is not None
            and (w & weak)
            and p_root < max_root
            and other >= min_other
            and (into is None or root in into)
            and (out_of is None or e["cameo"][:2] in out_of)
            and (spare is None or main != (spare == "spare"))
            and not (pol.recode_untaken and root in _taken(notes, pol, e))
            and not (pol.recode_no_object_noun and objects and root in objects[0])
            and not (
                pol.recode_max_specificity is not None
                and len(objects) > 1
                and objects[1] > pol.recode_max_specificity
            )
        ):
            return {**e, "cameo": code, "rule": e["rule"] + RECODED}
    if pol.veto and (rec := notes["veto"].get(event_key(e))) is not None:
        weak, max_root, min_none, min_other, spare = pol.veto
        p_root, p_none, w, other, main = rec[:5]
        if (
            (w & weak)
            and (p_root < max_root or p_none >= min_none)
            and other >= min_other
            and not (spare and main)
        ):
            return None
    if k == "proposal":
        low = pol.min_root
        if n["root"] in pol.targetless and pol.targetless_min_root is not None:
            low = pol.targetless_min_root
        low = dict(pol.root_min).get(n["root"], low)
        if n["p_root"] < low or (pol.propose_roots and n["root"] not in pol.propose_roots):
            return None
        blocked = notes.get("blocked", {}).get((e["doc_id"], e["sentence_id"]), ())
        if any(
            not any(u in outcome for u in pol.unblock)
            and (main or not pol.block_main)
            and (
                not pol.block_same_root
                or n["root"] in rec[0]
                or (not rec[0] and pol.block_no_pattern)
            )
            for _lemma, outcome, main, *rec in blocked
        ):
            return None  # modality said no to a predicate of the sentence
        if blocked and n["p_root"] < pol.blocked_min_root:
            return None
        made = notes.get("proposal", {}).get((e["doc_id"], e["sentence_id"]))
        if made is not None:
            if made["rank"] >= pol.max_candidates:
                return None  # made on a verb the policy would not have tried
            if pol.require_target and n["root"] not in pol.targetless:
                # the coder keeps a proposal's events that have a target (before verification)
                if made["targets"] == 0 or (made["targets"] < made["events"] and not e["target"]):
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


def taken(rows, earlier: bool = False) -> dict[tuple, frozenset[str]]:
    """For each event, the roots of the other verbs' events of its sentence (``earlier``: of
    those coded before it)."""
    out = {}
    for _name, _gold, events in rows:
        by: dict[tuple, list[dict]] = defaultdict(list)
        for e in events:
            by[e["doc_id"], e["sentence_id"]].append(e)
        for e in events:
            same = by[e["doc_id"], e["sentence_id"]]
            if earlier:
                same = same[: next(k for k, x in enumerate(same) if x is e)]
            out[event_key(e)] = frozenset(x["cameo"][:2] for x in same if x["verb"] != e["verb"])
    return out


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
            if x is not None and x["rule"].endswith(RECODED):
                per["recoding", "events"] += 1
                per["recoding", "correct"] += id(x) not in extra
                continue
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
    """[events, correct] per kind and probability band (and per root; a proposal also by the
    rank of its verb among the candidates and whether it had a target), under ``pol``."""
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
            keys = [f"p {int(p * 10) / 10:.1f}", f"root {root}"]
            if k == "proposal":
                keys.append(f"root {root} p {min(int(p * 10) / 10, 0.9):.1f}")
                if m := notes.get("proposal", {}).get((e["doc_id"], e["sentence_id"])):
                    keys += [f"rank {m['rank']}", f"target {'yes' if e['target'] else 'no'}"]
            for band in keys:
                out[k, band][0] += 1
                out[k, band][1] += id(x) not in extra
    return out


def in_batches(rows, spec: str) -> list:
    """The rows of the batches ``spec`` names ("1-40", "41-52", "5,7")."""
    wanted: set[int] = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        wanted.update(range(int(a), int(b or a) + 1))
    return [r for r in rows if int(r[0].split("/")[0].removeprefix("batch")) in wanted]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", action="append", required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/model_contrib"))
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--folds", type=Path, help="cross-fitted classifiers (build/classifier-folds)")
    ap.add_argument("--parses", type=Path, help="parse cache (tally.py's), read only")
    ap.add_argument(
        "--split", action="append", help='score these batches apart ("1-40"; repeatable)'
    )
    ap.add_argument("--bands", action="store_true", help="print the contributions' bands")
    ap.add_argument("--root", action="store_true", help="score roots too")
    ap.add_argument("--only", help="score only the policies whose label holds this (a regex)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    scorer = load_scorer(args.shared / "eval" / "score_events.py")
    name = "_".join(b.removeprefix("batch") for b in args.batch) + ("_folds" if args.folds else "")
    if len(name) > 80:  # a long run of batches: its first and last, and a digest
        import hashlib

        name = f"{args.batch[0]}-{args.batch[-1]}_{hashlib.sha1(name.encode()).hexdigest()[:8]}"
    cache = args.work / f"rec_{name}.pkl"
    if not cache.is_file():
        cache.write_bytes(pickle.dumps(record(args.batch, args.folds, args.parses)))
    all_rows, notes = pickle.loads(cache.read_bytes())
    notes["taken"], notes["earlier"] = taken(all_rows), taken(all_rows, earlier=True)
    splits = args.split or ["1-999"]
    loose = Policy(
        min_root=0.5, min_code=0.0, refine_min=0.0, require_target=False,
        max_candidates=MAX_CANDIDATES,
    )  # fmt: skip
    for split in splits:
        rows = in_batches(all_rows, split)
        if args.bands:
            print(f"batches {split}, kind, band: events, correct (every contribution made)")
            for (k, b), (n, c) in sorted(bands(scorer, rows, notes, loose).items()):
                print(f"  {k:<12} {b:<16} {n:>4} {c:>4}")
            print()
        base, _ = score(scorer, rows, notes, SHIPPED)
        print(f"batches {split}: hits, right and wrong events against 'shipped'")
        for label, pol in POLICIES.items():
            if args.only and not re.search(args.only, label):
                continue
            total, per = score(scorer, rows, notes, pol)
            _req, hit, pred, ok = total
            kinds = " ".join(
                f"{k[:4]} {per[k, 'correct']}/{per[k, 'events']}"
                for k in ("proposal", "refinement", "arbitration", "recoding")
            )
            delta = (
                f"hit {hit - base[1]:+4d} right {ok - base[3]:+4d} "
                f"wrong {(pred - ok) - (base[2] - base[3]):+4d}"
            )
            line = f"{label:<40} {fmt(total)} {delta} | {kinds}"
            if args.root:
                line += f" | root {fmt(score(scorer, rows, notes, pol, root=True)[0])}"
            print(line)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
