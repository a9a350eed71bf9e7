"""Query benchmark on a synthetic store of >= 1,000,000 events (SQLite by default).

    .venv/bin/python benchmarks/bench_query.py [--events 1000000] [--db sqlite:///PATH] [--reuse]

Builds (or, with --reuse, reopens) a store of synthetic events among 50 countries, with KAZ,
RUS, CHN and USA taking part far more often than the rest (KAZ in roughly a fifth of all events),
then times the queries the analyses and the web pages run. Each figure is the median of 5 runs,
with the slowest run beside it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from multivector.analysis import dyad_series, orientation, partner_network, time_series
from multivector.store import EventFilter
from multivector.store.synthetic import benchmark_store


def timed(label: str, fn, runs: int = 5):
    times = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    print(f"{label:<48} median {statistics.median(times) * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", help="store URL (default: a file under the system temp dir)")
    ap.add_argument("--reuse", action="store_true", help="reuse an existing store at --db")
    args = ap.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.gettempdir()) / 'multivector-bench-query.db'}"
    t = time.perf_counter()
    store, n = benchmark_store(url, args.events, reuse=args.reuse)
    if n:
        print(f"loaded {n} events in {time.perf_counter() - t:.0f} s")
    total = store.count_events()
    kaz = store.count_events(EventFilter(actor="KAZ")) + store.count_events(EventFilter(target="KAZ"))
    kaz_rus = store.count_events(EventFilter(dyad="KAZ,RUS"))
    print(f"store: {url} ({store.dialect}); {total} events; KAZ in {kaz}; KAZ-RUS dyad {kaz_rus}")
    timed("dyad KAZ,RUS monthly series", lambda: dyad_series(store, "KAZ", "RUS", "month"))
    timed("dyad UZB,TJK monthly series (small dyad)", lambda: dyad_series(store, "UZB", "TJK", "month"))
    timed("orientation KAZ (whole period)", lambda: orientation(store, "KAZ"))
    timed("orientation KAZ --by year", lambda: orientation(store, "KAZ", by="year"))
    timed("orientation KAZ 2001-2003", lambda: orientation(store, "KAZ", f=EventFilter(since="2001", until="2003")))
    timed("orientation UZB --by year", lambda: orientation(store, "UZB", by="year"))
    timed("partner network KAZ", lambda: partner_network(store, "KAZ"))
    timed("KAZ yearly series (as source)", lambda: time_series(store, EventFilter(actor="KAZ"), "year"))
    timed("events page: KAZ->RUS 1995-2003, first 100", lambda: store.query_events(
        EventFilter(actor="KAZ", target="RUS", since="1995", until="2003"), limit=100))  # fmt: skip
    timed("count events cameo 04 with KAZ", lambda: store.count_events(EventFilter(actor="KAZ", cameo="04")))
    timed("full-text search, 20 hits", lambda: store.search("KAZ 057 sentence", limit=20))


if __name__ == "__main__":
    main()
