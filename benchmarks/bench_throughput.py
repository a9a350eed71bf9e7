"""Throughput: multivector's end-to-end coding beside spaCy's own parse of the same text.

Both run in this process, on the same documents, one after the other (the parse first, to warm
caches for neither's benefit: each pass parses from scratch). The ratio says how much of the
coder's time is the spaCy parse; the goal is >= 0.8 (coding adds <= 25 % on top of parsing).

    .venv/bin/python benchmarks/bench_throughput.py                 # 20,000 sentences
    .venv/bin/python benchmarks/bench_throughput.py --sentences 2000 --repeat 1
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import documents as generate  # noqa: E402

from multivector.coding.coder import Coder  # noqa: E402
from multivector.model import Document  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=20_000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=2, help="alternating passes of each; best kept")
    ap.add_argument("--corpus", help="a JSON Lines corpus to use instead of the generated one")
    args = ap.parse_args()

    if args.corpus:
        lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    else:
        records = list(generate(args.sentences, seed=7))
    docs = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in records]
    t0 = time.perf_counter()
    coder = Coder()
    load_s = time.perf_counter() - t0
    nlp = coder.nlp

    n_sent = sum(1 for d in nlp.pipe((d.text for d in docs[:50]), batch_size=args.batch_size) for _ in d.sents)
    parse_best = code_best = float("inf")
    n_sentences = n_events = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        n_sent = 0
        for d in nlp.pipe((d.text for d in docs), batch_size=args.batch_size):
            n_sent += sum(1 for s in d.sents if s.text.strip())
        parse_best = min(parse_best, time.perf_counter() - t)

        t = time.perf_counter()
        n_sentences = n_events = 0
        for coded in coder.code_documents(docs, batch_size=args.batch_size):
            n_sentences += coded.n_sentences
            n_events += len(coded.events)
        code_best = min(code_best, time.perf_counter() - t)

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    import spacy
    import thinc

    print(f"spaCy {spacy.__version__}, thinc {thinc.__version__}, model {nlp.meta.get('name')} {nlp.meta.get('version')}")
    print(f"documents: {len(docs)}, sentences: {n_sentences} (spaCy alone: {n_sent}), events: {n_events}")
    print(f"coder load: {load_s:.2f} s")
    print(f"spaCy parse only:      {parse_best:8.2f} s  {n_sent / parse_best:8.1f} sentences/s")
    print(f"multivector end-to-end:{code_best:8.2f} s  {n_sentences / code_best:8.1f} sentences/s")
    print(f"ratio (multivector / spaCy throughput): {(n_sentences / code_best) / (n_sent / parse_best):.3f}")
    print(f"coding overhead on top of parsing: {100 * (code_best - parse_best) / parse_best:.1f} %")


if __name__ == "__main__":
    main()
