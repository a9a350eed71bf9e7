"""How many of the ontology's CAMEO event codes the event dictionary can reach.

    .venv/bin/python benchmarks/bench_coverage.py [--dictionary PATH ...] [--replace]

Loads the ontology (``multivector.ontology``) and the event dictionary the coder uses (the
bundled ``verbs.yaml``, with any ``--dictionary`` files layered on top), and prints how many
event codes have at least one pattern (verb, verb + object or preposition, or event noun):
in total, split into 3-digit and 4-digit codes, and per CAMEO root; then lists the codes no
pattern reaches. A 2-digit root code ("01") counts as reached when its residual code ("010")
is, since CAMEO uses the two for the same event. Codes reached only by re-coding (an intention
re-coded to 03x, a threat to 13x; see ``modality.yaml``) do not count: the list is what the
patterns say directly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path


def reached_codes(pattern_codes: set[str], codes: list[str]) -> set[str]:
    """The codes of ``codes`` that ``pattern_codes`` reach (roots through their residual code)."""
    reached = {c for c in codes if c in pattern_codes}
    for c in codes:
        if len(c) == 2 and (c + "0") in pattern_codes:
            reached.add(c)
    return reached


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dictionary", action="append", type=Path, default=[],
                    help="an extra event dictionary layered over the bundled one (repeatable)")
    ap.add_argument("--replace", action="store_true",
                    help="use only the --dictionary files, not the bundled dictionary")
    ap.add_argument("--patterns", action="store_true",
                    help="also print how many patterns each code has")
    args = ap.parse_args()

    from multivector.coding.dictionary import load_dictionaries
    from multivector.ontology import load_ontology

    onto = load_ontology()
    codes = onto.codes()
    dictionaries = load_dictionaries(args.dictionary, replace=args.replace)
    per_code: Counter[str] = Counter(p.code for p in dictionaries.events)
    unknown = sorted(c for c in per_code if c not in onto)
    reached = reached_codes(set(per_code), codes)

    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({part / whole:.1%})" if whole else "0/0"

    n_verbs = sum(len(v) for v in dictionaries.events.verbs.values())
    n_nouns = sum(len(v) for v in dictionaries.events.nouns.values())
    print(f"patterns: {len(dictionaries.events)} ({n_verbs} verb, {n_nouns} noun); "
          f"word classes: {len(dictionaries.events.classes)}")
    print(f"codes reachable: {share(len(reached), len(codes))}")
    for digits in (2, 3, 4):
        group = [c for c in codes if len(c) == digits]
        print(f"  {digits}-digit: {share(len([c for c in group if c in reached]), len(group))}")

    by_root: dict[str, list[str]] = defaultdict(list)
    for c in codes:
        by_root[c[:2]].append(c)
    print(f"\n{'root':<5} {'name':<36} {'reached':>14}")
    for root in sorted(by_root):
        group = by_root[root]
        name = onto.cameo(root).name[:36]
        print(f"{root:<5} {name:<36} {share(len([c for c in group if c in reached]), len(group)):>14}")

    missing = [c for c in codes if c not in reached]
    print(f"\nunreachable ({len(missing)}):")
    for c in missing:
        print(f"  {c:<5} {onto.cameo(c).name}")
    if unknown:
        print(f"\npattern codes the ontology does not list ({len(unknown)}): {', '.join(unknown)}")
    if args.patterns:
        print("\npatterns per code:")
        for c in codes:
            if per_code.get(c):
                print(f"  {c:<5} {per_code[c]:>4}  {onto.cameo(c).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
