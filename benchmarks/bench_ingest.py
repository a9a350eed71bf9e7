"""Ingest benchmark: what storing costs on top of coding (SQLite, same corpus, same run).

    .venv/bin/python benchmarks/bench_ingest.py [--docs 120] [--repeats 2]

The corpus is the seed page (../shared) — or, without ../shared, the bundled samples — repeated
with a distinct last line per copy so every document has its own content hash. Coding alone
(``Coder.code_documents``) and ``ingest_documents`` into a fresh SQLite file are timed
alternately. Three overheads are printed: fastest wall-clock runs (``ingest / code - 1``), CPU
time of this process (insensitive to other load on a busy machine), and the time spent inside
the store's calls during the ingest relative to coding. The target is <= 15 %.
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


def _timed_methods(store, names: tuple[str, ...], acc: list[float]) -> None:
    """Wrap the store's methods to add their wall time to ``acc[0]``."""
    for name in names:
        original = getattr(store, name)

        def wrapper(*a, _original=original, **kw):
            t = time.perf_counter()
            try:
                return _original(*a, **kw)
            finally:
                acc[0] += time.perf_counter() - t

        setattr(store, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    docs = corpus(args.docs)
    coder = default_coder()
    list(coder.code_documents(docs[:3]))  # load the model before timing
    n_sent = sum(c.n_sentences for c in coder.code_documents(docs[:1])) * len(docs)
    code_wall, code_cpu, ingest_wall, ingest_cpu, store_wall = [], [], [], [], []
    events = 0
    for _ in range(args.repeats):
        t, c = time.perf_counter(), time.process_time()
        events = sum(len(cd.events) for cd in coder.code_documents(docs))
        code_wall.append(time.perf_counter() - t)
        code_cpu.append(time.process_time() - c)
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/bench.db")
            acc = [0.0]
            _timed_methods(store, ("add_coded_documents", "has_document", "record_failure"), acc)
            t, c = time.perf_counter(), time.process_time()
            stats = ingest_documents(store, docs, coder)
            ingest_wall.append(time.perf_counter() - t)
            ingest_cpu.append(time.process_time() - c)
            store_wall.append(acc[0])
            assert stats.documents == len(docs)
            store.close()
    runs = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    print(f"corpus: {len(docs)} documents, ~{n_sent} sentences, {events} events "
          f"({'seed page' if SEED.exists() else 'bundled samples'} copies), {args.repeats} runs")
    print(f"code only : wall {min(code_wall):6.2f} s ({len(docs) / min(code_wall):5.1f} docs/s; runs {runs(code_wall)})"
          f"  cpu {min(code_cpu):6.2f} s")
    print(f"ingest    : wall {min(ingest_wall):6.2f} s ({len(docs) / min(ingest_wall):5.1f} docs/s; runs {runs(ingest_wall)})"
          f"  cpu {min(ingest_cpu):6.2f} s")
    print(f"time inside store calls during ingest: {min(store_wall):.2f} s (runs {runs(store_wall)})")
    print(f"storing overhead, fastest wall runs : {min(ingest_wall) / min(code_wall) - 1:+.1%}")
    print(f"storing overhead, CPU time          : {min(ingest_cpu) / min(code_cpu) - 1:+.1%}")
    print(f"storing overhead, store calls / code: {min(store_wall) / min(code_wall):+.1%}  (target <= +15%)")


if __name__ == "__main__":
    main()
