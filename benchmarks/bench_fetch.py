"""Throughput of fetch + extract + code + store from a local web site of generated pages.

A feed of N generated news pages (default 2,000) is served on 127.0.0.1 by ``http.server`` in
a thread; one fetch round per worker count fetches, archives, extracts, codes and stores them
into a fresh SQLite store, with no politeness interval (one host). Reports pages per second and
where the time goes: fetching and extraction (summed over the fetch threads) and coding with
storing (wall time of the ingest path). Run on an idle machine:

    .venv/bin/python benchmarks/bench_fetch.py [--pages 2000] [--workers 1 2] [--no-model]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from multivector.fetch.http import FetchOptions
from multivector.fetch.localsite import LocalSite
from multivector.fetch.run import fetch_round
from multivector.fetch.sources import Source

COUNTRIES = ["Kazakhstan", "Russia", "China", "Japan", "Turkey", "Iran", "Uzbekistan", "Germany",
             "India", "Mongolia", "Kyrgyzstan", "France"]  # fmt: skip
ACTS = ["signed an agreement with", "criticized", "met officials from", "praised",
        "imposed sanctions on", "promised aid to", "accused", "held talks with"]  # fmt: skip
TOPICS = ["rail freight", "grain exports", "a gas pipeline", "border security", "water sharing",
          "a customs union", "visa rules", "a loan for power plants"]  # fmt: skip


def page(i: int, rng: random.Random) -> tuple[str, str]:
    """A generated news page (title, HTML) of five to eight sentences."""
    sentences = []
    for _ in range(rng.randint(5, 8)):
        a, b = rng.sample(COUNTRIES, 2)
        sentences.append(f"{a} {rng.choice(ACTS)} {b} on {rng.choice(TOPICS)} "
                         f"on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, officials said "
                         f"in statement number {i}-{rng.randint(1, 10**6)}.")  # fmt: skip
    title = f"Report {i}: {sentences[0][:50]}"
    body = "".join(f"<p>{s}</p>" for s in sentences)
    html = (f"<!doctype html><html><head><title>{title}</title><meta property="
            f'"article:published_time" content="2024-{1 + i % 12:02d}-{1 + i % 28:02d}"></head>'
            f"<body><nav>Home</nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Bench News</footer></body></html>")  # fmt: skip
    return title, html


def site_pages(n: int, base: str) -> dict[str, tuple[str, bytes]]:
    rng = random.Random(12)
    pages: dict[str, tuple[str, bytes]] = {}
    items = []
    for i in range(n):
        title, html = page(i, rng)
        pages[f"/p/{i}"] = ("text/html; charset=utf-8", html.encode())
        items.append(f"<item><title>{title}</title><link>{base}/p/{i}</link></item>")
    pages["/feed.xml"] = ("application/rss+xml", (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>'
        f"<link>{base}/</link><description>b</description>{''.join(items)}</channel></rss>"
    ).encode())  # fmt: skip
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nAllow: /\n")
    return pages


def run(n: int, workers: int, model: bool) -> dict:
    from functools import partial

    from multivector.coding.coder import Coder, default_coder
    from multivector.scale.parallel import build_coder
    from multivector.store import open_store

    coder = default_coder() if model else Coder(model=False)
    options = FetchOptions(min_interval=0.0, allow_private=True, max_bytes=2_000_000)
    with tempfile.TemporaryDirectory() as tmp, LocalSite({}) as site:
        site.pages.update(site_pages(n, site.base_url))
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        stats = fetch_round(store, [Source(site.base_url + "/feed.xml", outlet="Bench")], coder,
                            options=options, workers=workers, batch_size=32,
                            coder_factory=partial(build_coder, (), model))  # fmt: skip
        wall = time.perf_counter() - t0
        store.close()
    return {
        "pages": n, "workers": workers, "model": model, "stored": stats.stored,
        "events": stats.events, "seconds": round(wall, 2), "pages_per_s": round(n / wall, 2),
        "fetch_s_summed": round(stats.fetch_seconds, 2),
        "extract_s_summed": round(stats.extract_seconds, 2),
        "extract_ms_per_page": round(1000 * stats.extract_seconds / max(n, 1), 2),
        "code_and_store_s": round(stats.code_seconds, 2),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-model", action="store_true", help="rules only (no event classifier)")
    args = ap.parse_args(argv)
    for w in args.workers:
        print(json.dumps(run(args.pages, w, not args.no_model)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
