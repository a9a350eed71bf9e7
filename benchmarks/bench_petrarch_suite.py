"""PETRARCH-2's validation suite through multivector, plus the Phoenix dictionaries at size.

    .venv/bin/python benchmarks/bench_petrarch_suite.py            # everything
    .venv/bin/python benchmarks/bench_petrarch_suite.py --suite-only

Prints (1) the suite figure: records coded exactly right, per category, with the dictionaries
the suite's <Environment> names, parsed by our own pipeline; (2) the time and memory to load
the production Phoenix dictionaries; (3) coding speed in sentences per second on the PLOVER
gold-standard sentences with multivector's own dictionaries and with the Phoenix set.
Reads ../shared (or --shared); exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PHOENIX = [
    "CAMEO.2.0.txt",
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.agents.txt",
    "Phoenix.discards.txt",
    "Phoenix.IssueCoding.txt",
]


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_suite(suite_path: Path, show_failures: bool, modality: str) -> dict:
    from multivector.evaluation.deliberate import load_deliberate
    from multivector.evaluation.gold import read_petrarch_records
    from multivector.evaluation.runner import build_coder, evaluate

    suite = read_petrarch_records(suite_path)
    t0 = time.perf_counter()
    coder = build_coder(suite.dictionary_paths(), "petrarch", replace=True, modality=modality)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = evaluate(suite_path, coder=coder, deliberate=load_deliberate())
    code_s = time.perf_counter() - t0
    if show_failures:
        for line in report.failed_records:
            print("failed ", line)
    print(f"\nPETRARCH-2 validation suite ({suite_path.name}), own parser, {modality} modality:")
    print(f"{'category':<10} {'records':>7} {'correct':>7} {'rate':>6}")
    for name, p in sorted(report.record_categories.items()):
        print(f"{name:<10} {p.total:>7} {p.passed:>7} {p.rate:6.3f}")
    r = report.records
    assert r is not None
    print(f"{'ALL':<10} {r.total:>7} {r.passed:>7} {r.rate:6.3f}   (PETRARCH-2 itself: 88 of 279)")
    o = report.overall
    print(f"event triples: recall {o.recall:.3f} precision {o.precision:.3f} F1 {o.f1:.3f}")
    print(f"coder build {load_s:.1f} s, coding {r.total} records {code_s:.1f} s")
    return {"records": r.to_dict(), "categories": {k: v.to_dict() for k, v in report.record_categories.items()},
            "triples": o.to_dict()}


def load_phoenix(dict_dir: Path) -> dict:
    from multivector.petrarch import load_petrarch_dictionaries

    paths = [dict_dir / n for n in PHOENIX]
    gc.collect()
    t0 = time.perf_counter()
    dicts, warnings = load_petrarch_dictionaries(paths)
    seconds = time.perf_counter() - t0
    del dicts
    gc.collect()
    tracemalloc.start()  # a second pass for memory: tracing slows the reading down
    dicts, warnings = load_petrarch_dictionaries(paths)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n_patterns = len(dicts.events)
    n_actor_phrases = sum(len(s.actors) for s in dicts.extra_actors)
    print(f"\nPhoenix dictionaries ({len(paths)} files): read + converted in {seconds:.2f} s, "
          f"peak traced memory {peak / 2**20:.0f} MiB, process max RSS {rss_mib():.0f} MiB")
    print(f"  {n_patterns} event patterns (verb synonyms expanded), {n_actor_phrases} actor phrases, "
          f"{len(dicts.discards)} discards, {len(warnings)} conversion warnings")
    return {"seconds": round(seconds, 2), "peak_traced_mib": round(peak / 2**20), "patterns": n_patterns,
            "actor_phrases": n_actor_phrases, "warnings": len(warnings)}


def speed(shared: Path, dict_dir: Path) -> dict:
    from multivector.evaluation.gold import read_plover_gsr
    from multivector.evaluation.runner import build_coder
    from multivector.model import Document

    records = read_plover_gsr(shared / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt")
    docs = [Document(id=r.id, text=r.text, date=r.date) for r in records]
    out = {}
    for label, paths, fmt in (("multivector dictionaries", [], "multivector"),
                              ("Phoenix dictionaries", [dict_dir / n for n in PHOENIX], "petrarch")):
        t0 = time.perf_counter()
        coder = build_coder(paths, fmt, replace=True) if paths else build_coder([], fmt)
        build = time.perf_counter() - t0
        list(coder.code_documents(docs[:20]))  # warm up
        t0 = time.perf_counter()
        coded = list(coder.code_documents(docs))
        secs = time.perf_counter() - t0
        n_sent = sum(c.n_sentences for c in coded)
        n_ev = sum(len(c.events) for c in coded)
        print(f"{label:<26} build {build:5.1f} s   {n_sent} sentences in {secs:5.1f} s = "
              f"{n_sent / secs:6.1f} sentences/s   ({n_ev} events)")
        out[label] = {"build_s": round(build, 1), "sentences": n_sent, "sentences_per_s": round(n_sent / secs, 1)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--suite-only", action="store_true")
    ap.add_argument("--failures", action="store_true", help="list every failed record")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--modality", nargs="+", default=["multivector", "petrarch"],
                    choices=["multivector", "petrarch"],
                    help="coder modality for PETRARCH dictionaries (default: both, one after the other)")
    args = ap.parse_args()
    suite_path = args.shared / "benchmarks" / "petrarch2" / "PETR.UnitTest.records.xml"
    if not suite_path.exists():
        print(f"skipped: {suite_path} not found (../shared is reference material beside the checkout)")
        return 0
    figures = {f"suite ({m} modality)": run_suite(suite_path, args.failures, m)
               for m in args.modality}
    if not args.suite_only:
        dict_dir = suite_path.parent / "dictionaries"
        figures["phoenix_load"] = load_phoenix(dict_dir)
        print("\nCoding speed on the PLOVER gold-standard sentences (2-core box, one process):")
        figures["speed"] = speed(args.shared, dict_dir)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
