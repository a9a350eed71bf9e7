"""Load benchmark of the web application: a real server on 127.0.0.1 over ≥ 100,000 events.

    .venv/bin/python benchmarks/bench_web_load.py                    # 100k events, 200 requests/page
    .venv/bin/python benchmarks/bench_web_load.py --events 200000 --requests 400 --concurrency 8

Builds (once, then reuses) a SQLite store of synthetic coded documents under ./out/, starts
``multivector serve`` on a free port in a child process, and fires a bounded number of GET
requests at the search, actor, document and event pages from a few client threads (each
request bounded by a timeout, each page by --max-seconds). Prints requests per second and
latency percentiles per page. Not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def build_store(path: Path, n_events: int, per_doc: int) -> None:
    from multivector.store import open_store
    from multivector.store.synthetic import synthetic_corpus

    store = open_store(f"sqlite:///{path}")
    have = store.count_events()
    if have >= n_events:
        print(f"store: reusing {path} ({have} events)")
        return
    n_docs = -(-n_events // per_doc)
    t = time.perf_counter()
    batch = []
    for cd in synthetic_corpus(n_docs, per_doc, seed=7):
        batch.append(cd)
        if len(batch) == 500:
            store.add_coded_documents(batch)
            batch = []
    if batch:
        store.add_coded_documents(batch)
    print(f"store: built {path} with {store.count_events()} events in {time.perf_counter() - t:.0f} s")
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up within {timeout} s")


def _cpu_seconds(pid: int) -> float:
    """CPU time of ``pid`` and its children (Linux /proc; 0 elsewhere)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _cpu_seconds(int(child))
    except (OSError, ValueError, IndexError):
        pass
    return total


def settle(pid: int, timeout: float = 180.0) -> float:
    """Wait until the server is idle (each worker loads the coder at start-up, in the
    background: measuring during that would measure the load); return the seconds waited."""
    t0 = time.monotonic()
    last = _cpu_seconds(pid)
    while time.monotonic() - t0 < timeout:
        time.sleep(2.0)
        now = _cpu_seconds(pid)
        if now - last < 0.1:
            break
        last = now
    return time.monotonic() - t0


def load(base: str, paths: list[str], concurrency: int, max_seconds: float) -> dict:
    """GET every path once, ``concurrency`` at a time; stop early after ``max_seconds``."""
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    todo = list(paths)
    lock = threading.Lock()
    stop_at = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                with lock:
                    if not todo or time.monotonic() > stop_at:
                        return
                    path = todo.pop()
                t = time.perf_counter()
                try:
                    r = client.get(path)
                    ok = r.status_code == 200
                except httpx.HTTPError as e:
                    ok, r = False, e
                dt = time.perf_counter() - t
                with lock:
                    latencies.append(dt)
                    if not ok:
                        errors.append(f"{path}: {getattr(r, 'status_code', r)}")

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)
    return {
        "n": len(lat),
        "errors": errors,
        "rps": len(lat) / wall if wall else 0.0,
        "p50": statistics.median(lat) * 1000 if lat else float("nan"),
        "p95": lat[min(len(lat) - 1, int(0.95 * len(lat)))] * 1000 if lat else float("nan"),
        "max": lat[-1] * 1000 if lat else float("nan"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--requests", type=int, default=200, help="requests per page kind")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--max-seconds", type=float, default=60.0, help="time bound per page kind")
    ap.add_argument("--db", type=Path, default=REPO / "out" / "bench_web.db")
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    args = ap.parse_args()

    args.db.parent.mkdir(parents=True, exist_ok=True)
    build_store(args.db, args.events, args.per_doc)

    from multivector.store import EventFilter, open_store
    from multivector.store.synthetic import ACTORS

    store = open_store(f"sqlite:///{args.db}")
    n_events = store.count_events()
    rng = random.Random(1)
    docs = [d["id"] for d in store.documents(limit=5000)]
    events = [e["event_id"] for e in store.query_events(EventFilter(), limit=5000, order="doc")]
    # Search words: an actor code (thousands of hits, ranked), a cue word and a rare token.
    sample = [e["sentence"] for e in store.query_events(EventFilter(), limit=300, order="doc")]
    rare = [s.split()[-1].strip(".") for s in sample]
    store.close()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "multivector", "serve", "--db", f"sqlite:///{args.db}",
         "--port", str(port), "--workers", str(args.workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_up(base + "/")
        print(f"server idle after {settle(server.pid):.0f} s (coder loaded in each worker)")
        n = args.requests
        pages = {
            "home page": ["/" for _ in range(n)],
            "search (text + filter)": [
                rng.choice([f"/search?q={rng.choice(ACTORS)}",
                            f"/search?q={rng.choice(rare)}",
                            f"/search?q=synthetic&actor={rng.choice(ACTORS)}&since=2001"])
                for _ in range(n)
            ],
            "actor page": [f"/actors/{rng.choice(ACTORS)}" for _ in range(n)],
            "document page": [f"/documents/{rng.choice(docs)}" for _ in range(n)],
            "event page": [f"/events/{rng.choice(events)}" for _ in range(n)],
            "ask (JSON)": [
                f"/api/v1/ask?q=What+did+{rng.choice(['Kazakhstan', 'Russia', 'China'])}+sign+in+{rng.randint(1991, 2020)}"
                for _ in range(n)
            ],
        }
        # warm-up: first requests compile templates and fill caches
        load(base, [p[0] for p in pages.values() for _ in range(2 * args.workers)],
             args.workers, 30)
        print(f"\n{n_events} events, {args.concurrency} client threads, "
              f"{os.cpu_count()} CPU(s), {args.workers} server process(es), "
              f"load average {os.getloadavg()[0]:.1f} at start\n")
        print(f"{'page':24} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  errors")
        for name, paths in pages.items():
            r = load(base, paths, args.concurrency, args.max_seconds)
            print(f"{name:24} {r['n']:8d} {r['rps']:8.1f} {r['p50']:8.1f} {r['p95']:8.1f} "
                  f"{r['max']:8.1f}  {len(r['errors'])}")
            for e in r["errors"][:3]:
                print(f"    {e}")
        print(f"\nload average {os.getloadavg()[0]:.1f} at the end (other work on the machine "
              "inflates every figure: compare runs at similar load)")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
