"""Load time and memory of the gazetteer (coding/gazetteer.py), and its lookup speed.

    .venv/bin/python benchmarks/bench_gazetteer.py [--matcher]

The gazetteer is built once per process on first use. "build" is that cost (untraced) with the actor
dictionaries already loaded (the coder loads them anyway); "retained" (of a second, traced build) is the Python memory the
finished table keeps, "peak" the most held while building (tracemalloc), and "RSS" the growth
of the process's resident size. ``--matcher`` also times compiling every written form into a
spaCy PhraseMatcher with the English pipeline's tokenizer.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc

from multivector.actors import load_actor_data
from multivector.coding.gazetteer import build_gazetteer, phrase_patterns


def _rss_mb() -> float:
    """The process's peak resident size."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mb() -> float:
    """The process's resident size now (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matcher", action="store_true", help="time a PhraseMatcher build too")
    args = parser.parse_args()

    t = time.perf_counter()
    load_actor_data()
    print(f"actor dictionaries (shared with the coder): {time.perf_counter() - t:.2f} s")

    rss0 = _rss_mb(), _rss_now_mb()
    t = time.perf_counter()
    gaz = build_gazetteer()
    build = time.perf_counter() - t
    rss1 = _rss_mb(), _rss_now_mb()
    tracemalloc.start()  # a second build, traced (tracing slows it down)
    del gaz
    gaz = build_gazetteer()
    retained, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    places = list(gaz.names())
    resolved = sum(1 for p in places if p.country)
    print(f"build: {build:.2f} s; {len(places)} names, {resolved} resolved to a country,")
    print(f"  {len(places) - resolved} ambiguous; {len(gaz.surface_forms())} written forms")
    print(f"memory: retained {retained / 2**20:.1f} MB, peak {peak / 2**20:.1f} MB")
    print(f"RSS now: {rss0[1]:.0f} -> {rss1[1]:.0f} MB; max RSS: {rss0[0]:.0f} -> {rss1[0]:.0f} MB")

    names = ["Bamako", "Kiev", "Valencia", "Police", "Texas", "Nowhereville"] * 20000
    t = time.perf_counter()
    for n in names:
        gaz.country_of_place(n)
    per_call = (time.perf_counter() - t) / len(names)
    print(f"lookup: {per_call * 1e6:.2f} µs per call")

    if args.matcher:
        from spacy.matcher import PhraseMatcher

        from multivector.nlp import load_pipeline

        nlp = load_pipeline()
        t = time.perf_counter()
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for doc in phrase_patterns(gaz, nlp.tokenizer.pipe):
            matcher.add(doc.text, [doc])
        print(f"PhraseMatcher of every form: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
