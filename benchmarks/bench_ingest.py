"""Ingest benchmark: what storing costs on top of coding (SQLite, same corpus, same run).

    .venv/bin/python benchmarks/bench_ingest.py [--docs 120] [--repeats 2]

The corpus is the seed page (../shared) — or, without ../shared, the bundled samples — repeated
with a distinct last line per copy so every document has its own content hash. Coding alone
(``Coder.code_documents``) and ``ingest_documents`` into a fresh SQLite file are timed
alternately; the figure is the overhead ``ingest time / code time - 1`` (the target is <= 15 %),
from the fastest run of each (the least disturbed by other load on the machine).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from multivector.coding.coder import default_coder
from multivector.model import Document
from multivector.store import open_store
from multivector.store.ingest import ingest_documents

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "kazakhstan-foreign-policy.txt"


def corpus(n: int) -> list[Document]:
    if SEED.exists():
        texts = [SEED.read_text(encoding="utf-8")]
    else:
        samples = ROOT / "src" / "multivector" / "samples"
        texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    return [
        Document(id=f"b{i:05d}", text=texts[i % len(texts)] + f"\n\nCopy {i}.", date="2004-01-01")
        for i in range(n)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(args.docs)
    coder = default_coder()
    list(coder.code_documents(docs[:3]))  # load the model before timing
    n_sent = sum(c.n_sentences for c in coder.code_documents(docs[:1])) * len(docs)
    code_times, ingest_times = [], []
    events = 0
    for r in range(args.repeats):
        t = time.perf_counter()
        events = sum(len(c.events) for c in coder.code_documents(docs))
        code_times.append(time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/bench.db")
            t = time.perf_counter()
            stats = ingest_documents(store, docs, coder)
            ingest_times.append(time.perf_counter() - t)
            assert stats.documents == len(docs)
            store.close()
    code_t, ingest_t = min(code_times), min(ingest_times)
    print(f"corpus: {len(docs)} documents, ~{n_sent} sentences, {events} events "
          f"({'seed page' if SEED.exists() else 'bundled samples'} copies)")
    print(f"code only : {code_t:7.2f} s  {len(docs) / code_t:7.1f} docs/s  (runs: "
          + ", ".join(f"{t:.2f}" for t in code_times) + ")")
    print(f"ingest    : {ingest_t:7.2f} s  {len(docs) / ingest_t:7.1f} docs/s  (runs: "
          + ", ".join(f"{t:.2f}" for t in ingest_times) + ")")
    print(f"storing overhead: {ingest_t / code_t - 1:+.1%} (target <= +15%)")


if __name__ == "__main__":
    main()
