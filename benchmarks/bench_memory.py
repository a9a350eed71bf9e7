"""Peak memory of coding one long document, by its size (issue 13: bounded by design).

    .venv/bin/python benchmarks/bench_memory.py [--mb 1 5] [--model/--no-model]

For each size, a fresh process codes one document of that many megabytes (the bundled sample
texts repeated, paragraphs intact) with ``Coder().code_documents`` and reports its peak resident
memory (``ru_maxrss``), the time taken and the events found. The coder cuts a long text into
pieces of ``max_chunk`` characters and releases each piece's parse once it is coded, so the peak
should not grow with the size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
from multivector.coding.coder import Coder
from multivector.model import Document
from multivector.samples import sample_paths
mb, model = float(sys.argv[1]), sys.argv[2] == "1"
base = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_paths()
                   if p.suffix == ".txt" and "not-english" not in p.name)
text = (base + "\n\n") * int(mb * 1_000_000 / (len(base) + 2) + 1)
text = text[: int(mb * 1_000_000)]
coder = Coder(model=model)
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
coded = next(coder.code_documents([Document(id="long", text=text, date="2001-01-01")]))
secs = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"mb": mb, "chars": len(text), "sentences": coded.n_sentences,
                  "events": len(coded.events), "seconds": round(secs, 1),
                  "rss_after_load_mb": round(loaded), "peak_rss_mb": round(peak)}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 5.0])
    ap.add_argument("--no-model", action="store_true", help="code with the rules only")
    args = ap.parse_args()
    print(f"{'MB':>5} {'sentences':>9} {'events':>7} {'seconds':>8} {'RSS loaded':>10} {'peak RSS':>9}")
    for mb in args.mb:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(mb), "0" if args.no_model else "1"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['mb']:>5} {r['sentences']:>9} {r['events']:>7} {r['seconds']:>8} "
            f"{r['rss_after_load_mb']:>9}M {r['peak_rss_mb']:>8}M"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
