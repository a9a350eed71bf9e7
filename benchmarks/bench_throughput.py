"""Throughput: multivector's end-to-end coding beside spaCy's own parse of the same text.

Both run in this process, on the same documents, one after the other (the parse first, to warm
caches for neither's benefit: each pass parses from scratch), with the same batch size and one
process each (``nlp.pipe`` with its default ``n_process=1``). Before the timed passes the parse
and each coder run once over the first 50 documents, so that what is built on first use (the
coder's gazetteer) counts as loading, not as coding. The ratio says how much of the
coder's time is the spaCy parse; the goals are >= 0.8 with the rules alone and >= 0.6 with the
event classifier consulted (``--no-model`` measures the rules alone only). Each pass codes with
both coders, so the two ratios come from the same run.

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
    ap.add_argument("--no-model", action="store_true", help="measure the rules-only coder only")
    args = ap.parse_args()

    if args.corpus:
        lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    else:
        records = list(generate(args.sentences, seed=7))
    docs = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in records]
    t0 = time.perf_counter()
    rules = Coder(model=False)
    load_s = time.perf_counter() - t0
    nlp = rules.nlp
    coders = {"rules only": rules}
    if not args.no_model:
        with_model = Coder(nlp=nlp)
        if with_model.second_opinion is None:
            print("note: no trained event classifier (make model); measuring the rules only")
        else:
            coders["with the classifier"] = with_model

    n_sent = sum(
        1
        for d in nlp.pipe((d.text for d in docs[:50]), batch_size=args.batch_size)
        for _ in d.sents
    )
    # the coders warm up on the same 50 documents as the parse just did: what they build on
    # first use (the gazetteer, 1-2 s) is loading, not coding, and is reported as such
    t0 = time.perf_counter()
    for coder in coders.values():
        for _ in coder.code_documents(docs[:50], batch_size=args.batch_size):
            pass
    warm_s = time.perf_counter() - t0
    parse_best = float("inf")
    best = dict.fromkeys(coders, float("inf"))
    counts: dict[str, tuple[int, int]] = {}
    for _ in range(args.repeat):
        t = time.perf_counter()
        n_sent = 0
        for d in nlp.pipe((d.text for d in docs), batch_size=args.batch_size):
            n_sent += sum(1 for s in d.sents if s.text.strip())
        parse_best = min(parse_best, time.perf_counter() - t)
        for name, coder in coders.items():
            t = time.perf_counter()
            n_sentences = n_events = 0
            for coded in coder.code_documents(docs, batch_size=args.batch_size):
                n_sentences += coded.n_sentences
                n_events += len(coded.events)
            best[name] = min(best[name], time.perf_counter() - t)
            counts[name] = (n_sentences, n_events)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    import spacy
    import thinc

    print(
        f"spaCy {spacy.__version__}, thinc {thinc.__version__}, model {nlp.meta.get('name')} {nlp.meta.get('version')}"
    )
    n_sentences = counts["rules only"][0]
    print(f"documents: {len(docs)}, sentences: {n_sentences} (spaCy alone: {n_sent})")
    print(f"coder load: {load_s:.2f} s (then warm-up on 50 documents: {warm_s:.2f} s)")
    print(f"spaCy parse only:      {parse_best:8.2f} s  {n_sent / parse_best:8.1f} sentences/s")
    for name, secs in best.items():
        n_sentences, n_events = counts[name]
        ratio = (n_sentences / secs) / (n_sent / parse_best)
        print(
            f"multivector, {name}: {secs:8.2f} s  {n_sentences / secs:8.1f} sentences/s, "
            f"{n_events} events; ratio to the parse {ratio:.3f}, "
            f"overhead {100 * (secs - parse_best) / parse_best:.1f} %"
        )


if __name__ == "__main__":
    main()
