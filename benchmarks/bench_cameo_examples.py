"""The CAMEO manual's example sentences through multivector's coder (development figures).

    .venv/bin/python benchmarks/bench_cameo_examples.py [--shared ../shared] [--failures] [--no-model]

Reads ../shared/reference/cameo-codes.csv (cp1252; one row per CAMEO code with the manual's
example sentence), codes each example on its own with the default ``Coder`` (no document
date), and prints the number of items, the share with an event of the right CAMEO root and the
share with the exact code, overall and per root. An item counts as right-root (exact) when any
event coded in its sentence has that root (code). ``--failures`` lists every item without the
exact code, with what was coded instead. Each example is first cleaned as the ingest reads any
text (``clean_text``: the table's curly quotes were decoded in the wrong encoding, "Poland‚Äôs",
and are repaired); ``--raw`` codes the sentences as the table spells them. Codes without an
example are skipped; the script exits with a message when ../shared is absent.

These sentences are development material: read the misses for classes of failure, never add a
pattern for one sentence's wording.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from multivector.ingest.text import clean_text

REPO = Path(__file__).resolve().parents[1]
CSV_PATH = Path("reference") / "cameo-codes.csv"


@dataclass
class Item:
    """One example sentence and its CAMEO code."""

    code: str
    name: str
    sentence: str
    coded: list[str] = field(default_factory=list)  # "SRC->TGT CODE" per event

    @property
    def root(self) -> str:
        return self.code[:2]

    def codes(self) -> list[str]:
        return [c.rsplit(" ", 1)[1] for c in self.coded]

    @property
    def right_root(self) -> bool:
        return any(c[:2] == self.root for c in self.codes())

    @property
    def exact(self) -> bool:
        return self.code in self.codes()


def load_items(path: Path, repair: bool = True) -> list[Item]:
    """One item per code that has an example sentence; ``repair``: as the ingest reads text."""
    items = []
    with path.open(encoding="cp1252", newline="") as f:
        for row in csv.DictReader(f):
            example = (row.get("example") or "").strip()
            code = (row.get("code") or "").strip()
            if not example or example.upper() == "NA" or not code.isdigit():
                continue
            # as `multivector code` reads a file: the table's curly quotes were decoded in the
            # wrong encoding ("Poland‚Äôs"), which the reader repairs
            sentence = clean_text(example) if repair else example
            items.append(Item(code=code, name=row.get("name", "").strip(), sentence=sentence))
    return items


def code_items(items: list[Item], model: bool = True) -> float:
    """Code every item's sentence as its own document (``model``: consult the classifier)."""
    from multivector.coding.coder import Coder
    from multivector.model import Document

    coder = Coder(model=model)
    docs = [Document(id=f"cameo-{i}", text=it.sentence, date=None) for i, it in enumerate(items)]
    t0 = time.perf_counter()
    for item, cd in zip(items, coder.code_documents(docs), strict=True):
        for ev in cd.events:
            target = ev.target.code if ev.target is not None else "-"
            item.coded.append(f"{ev.source.code}->{target} {ev.cameo}")
    return time.perf_counter() - t0


def row(label: str, group: list[Item]) -> str:
    n = len(group)
    root = sum(it.right_root for it in group)
    exact = sum(it.exact for it in group)
    return (f"{label:<10} {n:>5} {root:>5} {root / n if n else 0:>7.3f}"
            f" {exact:>5} {exact / n if n else 0:>7.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--failures", action="store_true", help="list the items without the exact code")
    ap.add_argument("--raw", action="store_true", help="code the sentences as the table spells them")
    ap.add_argument("--no-model", action="store_true", help="code with the rules only")
    args = ap.parse_args()
    path = args.shared / CSV_PATH
    if not path.exists():
        print(f"skipped: {path} not found (../shared is reference material beside the checkout)")
        return 0
    items = load_items(path, repair=not args.raw)
    secs = code_items(items, model=not args.no_model)

    by_root: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_root[it.root].append(it)
    print("CAMEO manual example sentences (development material, not held out)")
    print(f"{'root':<10} {'items':>5} {'root':>5} {'share':>7} {'exact':>5} {'share':>7}")
    for root in sorted(by_root):
        print(row(root, by_root[root]))
    print(row("all", items))
    four = [it for it in items if len(it.code) == 4]
    print(row("4-digit", four))
    print(f"({len(items)} sentences coded in {secs:.1f} s)")
    if args.failures:
        print()
        for it in items:
            if not it.exact:
                mark = "root" if it.right_root else "miss"
                got = ", ".join(it.coded) or "no event"
                print(f"{mark} {it.code:<5} {it.name[:40]:<40} | got: {got}")
                print(f"      {it.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
