"""Inter-coder agreement: two independent gold codings of the same articles.

    python benchmarks/bench_agreement.py [--batch batch12]

``benchmarks/news_gold/agreement/<batch>/`` holds a second coding of a gold batch, written by a
coder who never saw the first gold. Each coding is scored against the other the way the coder is
scored against gold: a required line of one coding is found when a line of the other (required
or optional) locates an event in the same sentence with a shared source, a shared target, a code
one accepts that the other accepts too (one prefix extends the other), and compatible dates.
Recall of A by B and of B by A are the two figures; what two careful people agree on is the
ceiling a coder can be expected to reach on such text. That reading is lenient (a "*" actor or
a list of codes meets anything it could be); ``--strict`` also scores each coding as if it were
a coder's output: every required line becomes one event with its first listed source, target,
code and date ("*" = no actor), scored against the other coding by the reference scorer
(``../shared/eval/score_events.py``), exactly as the coder is.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "benchmarks" / "news_gold"


@dataclass(frozen=True)
class Line:
    sentence: int  # index of the sentence the locator lies in
    source: frozenset[str]
    target: frozenset[str]
    codes: tuple[str, ...]
    dates: tuple[str, ...] | None
    required: bool
    symmetric: bool


def _alts(value) -> frozenset[str]:
    return frozenset(v.upper() for v in (value if isinstance(value, list) else [value]))


def read_lines(path: Path, text: str, starts: list[int]) -> list[Line]:
    """The gold lines of ``path``, each placed in its sentence (``starts``: sentence offsets)."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        g = json.loads(raw)
        at = text.find(g["sentence"])
        if at < 0:
            raise ValueError(f"{path}: locator not in the text: {g['sentence']!r}")
        sent = max(i for i, s in enumerate(starts) if s <= at)
        date = g.get("date")
        out.append(
            Line(
                sent,
                _alts(g["source"]),
                _alts(g["target"]),
                tuple(g["cameo"]),
                None if date is None else tuple(date if isinstance(date, list) else [date]),
                g.get("required", True),
                bool(g.get("symmetric")),
            )
        )
    return out


def _actors_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    return "*" in a or "*" in b or bool(a & b)


def _prefixes_meet(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> bool:
    if a is None or b is None:
        return True
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def agree(a: Line, b: Line) -> bool:
    """Whether ``b`` codes the event ``a`` codes (either direction when one is symmetric)."""
    if a.sentence != b.sentence or not _prefixes_meet(a.codes, b.codes):
        return False
    if not _prefixes_meet(a.dates, b.dates):
        return False
    straight = _actors_meet(a.source, b.source) and _actors_meet(a.target, b.target)
    crossed = _actors_meet(a.source, b.target) and _actors_meet(a.target, b.source)
    return straight or ((a.symmetric or b.symmetric) and crossed)


def found(wanted: list[Line], other: list[Line]) -> tuple[int, int]:
    """(required lines of ``wanted``, how many of them ``other`` codes), one-to-one."""
    free = list(other)
    hit = 0
    required = [w for w in wanted if w.required]
    for w in required:
        match = next((o for o in free if agree(w, o)), None)
        if match is not None:
            free.remove(match)
            hit += 1
    return len(required), hit


def as_events(path: Path, text: str, starts: list[int]) -> list[dict]:
    """The required lines of a gold file as one coder's events: first reading of every field."""
    ends = [*starts[1:], len(text)]
    events = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        g = json.loads(raw)
        if not g.get("required", True):
            continue
        at = text.find(g["sentence"])
        first = max(i for i, s in enumerate(starts) if s <= at)
        last = max(i for i, s in enumerate(starts) if s < at + len(g["sentence"]))
        first_of = [(v[0] if isinstance(v, list) else v) for v in (g["source"], g["target"])]
        date = g.get("date")
        events.append(
            {
                "sentence": text[starts[first] : ends[last]],
                "source": None if first_of[0] == "*" else first_of[0],
                "target": None if first_of[1] == "*" else first_of[1],
                "cameo": g["cameo"][0],
                "date": date[0] if isinstance(date, list) else date,
            }
        )
    return events


def sentence_starts(text: str) -> list[int]:
    """Offsets of the sentences of ``text``, split by the coder's own spaCy pipeline."""
    from multivector.nlp import load_pipeline

    nlp = load_pipeline()
    return [s.start_char for s in nlp(text).sents]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", default="batch12")
    ap.add_argument(
        "--second", type=Path, help="the second coding's folder (default: agreement/BATCH)"
    )
    ap.add_argument("--strict", action="store_true", help="also score each coding as a coder's")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    scorer = None
    if args.strict:
        spec = importlib.util.spec_from_file_location(
            "score_events", args.shared / "eval" / "score_events.py"
        )
        scorer = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(scorer)
    strict = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ]  # A req, hit, B events, matched; B req, hit, A events, matched
    second_dir = args.second or GOLD_DIR / "agreement" / args.batch
    if not second_dir.is_dir():
        print(f"no second coding under {second_dir}")
        return 1
    totals = [0, 0, 0, 0]
    print(f"{'article':<28} {'A req':>5} {'in B':>5} {'B req':>5} {'in A':>5}")
    for second in sorted(second_dir.glob("*.gold.jsonl")):
        name = second.name.removesuffix(".gold.jsonl")
        text = (GOLD_DIR / args.batch / f"{name}.txt").read_text(encoding="utf-8")
        starts = sentence_starts(text)
        first = read_lines(GOLD_DIR / args.batch / second.name, text, starts)
        other = read_lines(second, text, starts)
        a_req, a_hit = found(first, other)
        b_req, b_hit = found(other, first)
        totals = [t + x for t, x in zip(totals, (a_req, a_hit, b_req, b_hit), strict=True)]
        if scorer is not None:
            gold_a = [json.loads(x) for x in (GOLD_DIR / args.batch / second.name).open()]
            gold_b = [json.loads(x) for x in second.open() if x.strip()]
            ev_a = as_events(GOLD_DIR / args.batch / second.name, text, starts)
            ev_b = as_events(second, text, starts)
            counts = []
            for gold, pred in ((gold_a, ev_b), (gold_b, ev_a)):
                _r, _p, _f, missed, unmatched = scorer.score(gold, pred)
                req = sum(1 for g in gold if g.get("required", True))
                counts += [req, req - len(missed), len(pred), len(pred) - len(unmatched)]
            strict = [t + x for t, x in zip(strict, counts, strict=True)]
        print(f"{name:<28} {a_req:>5} {a_hit:>5} {b_req:>5} {b_hit:>5}")
    a_req, a_hit, b_req, b_hit = totals
    print(f"{'all':<28} {a_req:>5} {a_hit:>5} {b_req:>5} {b_hit:>5}")
    print(
        f"first gold's required lines the second coding has: {a_hit / (a_req or 1):.3f}; "
        f"second coding's required lines the first gold has: {b_hit / (b_req or 1):.3f}"
    )
    if scorer is not None:
        a_req, a_hit, b_ev, b_ok, b_req, b_hit, a_ev, a_ok = strict
        print(
            f"strict: the second coding as a coder, scored by the first gold: recall "
            f"{a_hit / (a_req or 1):.3f} precision {b_ok / (b_ev or 1):.3f}; the first gold as "
            f"a coder, scored by the second: recall {b_hit / (b_req or 1):.3f} precision "
            f"{a_ok / (a_ev or 1):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
