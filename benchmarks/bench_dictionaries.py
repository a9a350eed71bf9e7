"""Load and lookup times of the ontology and the actor dictionaries.

    .venv/bin/python benchmarks/bench_dictionaries.py

Loading happens once per process (both loaders are cached), so the cold figures are what a
coder start-up pays; the lookup figures are per call. Each figure is the median of 5 runs.
"""

from __future__ import annotations

import statistics
import time
from datetime import date

from multivector.actors import table as actor_data
from multivector.ontology import _load as _load_ontology
from multivector.ontology import load_ontology


def median_seconds(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def cold_ontology() -> None:
    _load_ontology.cache_clear()
    load_ontology()


def cold_actor_data() -> None:
    actor_data._builtin.cache_clear()
    actor_data._load.cache_clear()
    actor_data.load_actor_data()


def main() -> None:
    print(f"{'load ontology (cold)':<44} {median_seconds(cold_ontology) * 1000:8.1f} ms")
    print(
        f"{'load actor dictionaries (cold)':<44} {median_seconds(cold_actor_data) * 1000:8.1f} ms"
    )

    onto = load_ontology()
    codes = [*onto.codes(), "0429", "1999", "049"] * 100
    per = median_seconds(lambda: [onto.plover(c) for c in codes]) / len(codes)
    print(f"{'ontology lookup (with fallbacks)':<44} {per * 1e6:8.2f} µs/call")

    data = actor_data.load_actor_data()
    days = [date(1990 + i % 36, 1 + i % 12, 1 + i % 28) for i in range(50)]
    calls = [(p, d) for p in data.leaders for d in days]
    per = median_seconds(lambda: [p.code_on(d) for p, d in calls]) / len(calls)
    print(f"{'LeaderEntry.code_on':<44} {per * 1e6:8.2f} µs/call")
    print(
        f"entries: {len(onto.codes())} CAMEO codes; {len(data.countries)} countries, "
        f"{len(data.organizations)} organisations, {len(data.leaders)} leaders, "
        f"{len(data.agents)} agent codes ({sum(len(a.nouns) for a in data.agents)} nouns)"
    )


if __name__ == "__main__":
    main()
