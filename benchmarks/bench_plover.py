"""PLOVER gold-standard records (PLOVER_GSR_CAMEO) through multivector.

    .venv/bin/python benchmarks/bench_plover.py [--misses] [--phoenix] [--no-model] [--strict]

Prints event-type accuracy after mapping the records' old type names to current PLOVER
(DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE), source and target
accuracy, and precision/recall/F1 per PLOVER type (see multivector.evaluation.plover for the
exact rules). ``--phoenix`` codes with the PETRARCH Phoenix dictionaries instead of ours.
Reads ../shared (or --shared); exits with a message when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--misses", action="store_true", help="list every miss and extra")
    ap.add_argument("--phoenix", action="store_true", help="code with the Phoenix dictionaries")
    ap.add_argument("--modality", choices=["multivector", "petrarch"], default="multivector",
                    help="with --phoenix: the coder's reading of negation and intention")
    ap.add_argument("--no-model", action="store_true", help="code with the rules only")
    ap.add_argument("--strict", action="store_true", help="the event verifier's strict threshold")
    args = ap.parse_args()
    gold = args.shared / "benchmarks" / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not gold.exists():
        print(f"skipped: {gold} not found (../shared is reference material beside the checkout)")
        return 0
    from multivector.evaluation.runner import build_coder, evaluate

    if args.phoenix:
        from bench_petrarch_suite import PHOENIX

        d = gold.parents[1] / "petrarch2" / "dictionaries"
        coder = build_coder([d / n for n in PHOENIX], "petrarch", replace=True, modality=args.modality)
        label = f"Phoenix (PETRARCH) dictionaries, {args.modality} modality"
    elif args.strict:
        from multivector.coding.coder import Coder

        coder = Coder(model=not args.no_model, strict=True)
        label = "multivector dictionaries, strict verifier" + (", rules only" if args.no_model else "")
    else:
        coder = build_coder([], "multivector", model=not args.no_model)
        label = "multivector dictionaries" + (", rules only" if args.no_model else "")
    t0 = time.perf_counter()
    report = evaluate(gold, coder=coder)
    secs = time.perf_counter() - t0
    print(report.render(details=args.misses))
    print(f"({label}; {report.overall.gold} records coded in {secs:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
