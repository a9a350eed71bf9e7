"""Analytical questions on a synthetic store (100,000 events by default, SQLite).

    .venv/bin/python benchmarks/bench_qa_analytical.py [--events 100000] [--db sqlite:///PATH] [--reuse]

Builds (or, with --reuse, reopens) a store of synthetic events among 50 countries, KAZ, RUS,
CHN and USA far more active than the rest (as ``bench_query.py``), then times each kind of
analytical question through ``Answerer.answer`` (reading, analyses, evidence), the gazetteer
built once beforehand. Each figure is the median of 5 runs with the slowest beside it. Not a
test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from multivector.qa import Answerer
from multivector.store.synthetic import benchmark_store

QUESTIONS = (
    "Did Kazakhstan cooperate more with Russia or the West?",
    "Did Kazakhstan cooperate more with the East or the West since 2005?",
    "How has Kazakhstan's orientation changed since 2000?",
    "How have relations between Kazakhstan and China changed over time?",
    "Who are Kazakhstan's main partners?",
    "What are the busiest dyads?",
    "What are the busiest dyads in the 1990s?",
    "What is new this month?",
    "What is new with Kazakhstan lately?",
    "Who did Kazakhstan visit in 1995?",  # a factoid question, for comparison
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", help="store URL (default: a file under the system temp dir)")
    ap.add_argument("--reuse", action="store_true", help="reuse an existing store at --db")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.gettempdir()) / 'multivector-bench-qa.db'}"
    t = time.perf_counter()
    store, n = benchmark_store(url, args.events, reuse=args.reuse)
    if n:
        print(f"loaded {n} events in {time.perf_counter() - t:.0f} s")
    print(f"store: {url} ({store.dialect}); {store.count_events()} events")
    answerer = Answerer(store)
    t = time.perf_counter()
    answerer.gazetteer()
    print(f"{'gazetteer (once)':<70} {(time.perf_counter() - t) * 1000:8.1f} ms")
    for q in QUESTIONS:
        times = []
        a: dict = {}
        for _ in range(args.runs):
            t = time.perf_counter()
            a = answerer.answer(q)
            times.append(time.perf_counter() - t)
        med, worst = statistics.median(times) * 1000, max(times) * 1000
        print(f"{q:<70} median {med:8.1f} ms   max {worst:8.1f} ms   [{a['method']}]")


if __name__ == "__main__":
    main()
