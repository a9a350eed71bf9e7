"""Scaling benchmark: sentences per second with 1 and N workers, Spark local mode, peak memory.

    python benchmarks/bench_scale.py                      # 20,000 sentences, 1 and 2 workers, Spark
    python benchmarks/bench_scale.py --sentences 5000 --no-spark
    python benchmarks/bench_scale.py --read-mb 2000       # also: stream a 2 GB file through the reader
    python benchmarks/bench_scale.py --documents 400 --no-spark   # 20,000 sentences in 400 documents
    python benchmarks/bench_scale.py --no-spark --start-method spawn,fork   # each way of starting

Worker pools start as ``parallel_code_documents`` chooses (fork on Linux: the coder is loaded once
in the parent and shared) unless ``--start-method`` names one or more (each is a row).

Every configuration runs in a fresh subprocess on the same generated corpus (benchmarks/corpus.py),
so each pays its own start-up (model load, Spark session) and its peak memory is measured alone:
peak RSS is the largest sum over the process tree (the run, its workers, Spark's JVM and Python
workers), sampled every 0.2 s; peak PSS the same with shared pages counted once (forked workers
share the parent's model: their RSS sum counts it once per process). "steady" rates leave out
start-up: they are timed from the first coded result to the last. On a shared machine, compare
the CPU-seconds column too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


# -- measuring -------------------------------------------------------------------------------
_TICKS = os.sysconf("SC_CLK_TCK")


def _process_table() -> tuple[dict[int, list[int]], dict[int, float]]:
    """(parent -> children, pid -> CPU seconds used so far) for every process."""
    kids: dict[int, list[int]] = {}
    cpu: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read().decode()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        pid = int(entry.name)
        kids.setdefault(int(fields[1]), []).append(pid)
        cpu[pid] = (int(fields[11]) + int(fields[12])) / _TICKS  # utime + stime
    return kids, cpu


def _pss_kb(pid: int) -> int:
    """Proportional set size: shared pages (a forked worker's copy-on-write model) counted once
    over the processes sharing them, unlike RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeRSS:
    """Samples this process and all its descendants (workers, Spark's JVM and its Python
    workers): the peak of their summed RSS, and the CPU seconds they used."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_kb = 0
        self.peak_pss_kb = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu_s(self) -> float:
        """CPU seconds of the tree (a process's last ~0.2 s before it exits may be missed)."""
        return sum(self._cpu.values())

    def _sample(self) -> None:
        root = os.getpid()
        kids, cpu = _process_table()
        todo, total, pss = [root], 0, 0
        while todo:
            pid = todo.pop()
            total += _rss_kb(pid)
            pss += _pss_kb(pid)
            self._cpu[pid] = max(self._cpu.get(pid, 0.0), cpu.get(pid, 0.0))
            todo.extend(kids.get(pid, []))
        self.peak_kb = max(self.peak_kb, total)
        self.peak_pss_kb = max(self.peak_pss_kb, pss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)
        self._sample()

    def __enter__(self) -> TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu_seconds() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# -- one configuration (run in a subprocess) ------------------------------------------------
def run_local(corpus: str, workers: int, batch_size: int, start_method: str | None = None) -> dict:
    from multivector.ingest import read_inputs
    from multivector.scale import parallel_code_documents
    from multivector.scale.parallel import resolve_start_method

    # chosen before the memory sampler's thread starts (a running thread means spawn)
    method = resolve_start_method(start_method)
    how = f", {method}" if workers > 1 else ""
    with TreeRSS() as rss:
        t0 = time.perf_counter()
        first = None
        docs = sentences = events = problems = 0
        stream = parallel_code_documents(read_inputs([corpus]), workers, batch_size,
                                         start_method=method)  # fmt: skip
        for coded in stream:
            if first is None:
                first = time.perf_counter()
                first_sentences = coded.n_sentences
            if coded.problem:
                problems += 1
                continue
            docs += 1
            sentences += coded.n_sentences
            events += len(coded.events)
        t1 = time.perf_counter()
    return {
        "config": f"{workers} worker{'s' if workers > 1 else ''}{how}",
        "documents": docs,
        "sentences": sentences,
        "events": events,
        "problems": problems,
        "wall_s": t1 - t0,
        "steady_s": t1 - (first or t0),
        "steady_sentences": sentences - first_sentences if first else 0,
        "cpu_s": max(rss.cpu_s, _cpu_seconds()),
        "peak_rss_mb": rss.peak_kb / 1024,
        "peak_pss_mb": rss.peak_pss_kb / 1024,
    }


def run_spark(corpus: str, cores: int, batch_size: int, out: str) -> dict:
    from multivector.scale.spark import make_spark_session, spark_code

    with TreeRSS() as rss:
        t0 = time.perf_counter()
        spark = make_spark_session(f"local[{cores}]", "multivector-bench")
        spark.sparkContext.setLogLevel("ERROR")
        stats = spark_code(spark, [corpus], out, batch_size=batch_size, overwrite=True)
        t1 = time.perf_counter()
        spark.stop()
    cpu = rss.cpu_s
    return {
        "config": f"Spark local[{cores}]",
        "documents": stats.documents,
        "sentences": stats.sentences,
        "events": stats.events,
        "problems": stats.problems,
        "wall_s": t1 - t0,
        "steady_s": stats.seconds,  # the job, without the session start
        "steady_sentences": stats.sentences,
        "cpu_s": cpu,
        "peak_rss_mb": rss.peak_kb / 1024,
    }


def run_read(path: str) -> dict:
    from multivector.ingest import read_inputs

    with TreeRSS(interval=0.1) as rss:
        t0 = time.perf_counter()
        n = sum(1 for _ in read_inputs([path], max_bytes=50_000_000))
        t1 = time.perf_counter()
    size = os.path.getsize(path)
    return {
        "config": f"reader only, {size / 1e6:.0f} MB JSON Lines",
        "documents": n,
        "wall_s": t1 - t0,
        "mb_per_s": size / 1e6 / (t1 - t0),
        "peak_rss_mb": rss.peak_kb / 1024,
    }


# -- driver ----------------------------------------------------------------------------------
def _sub(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _make_big(src: Path, dest: Path, mb: int) -> None:
    chunk = src.read_bytes()
    with open(dest, "wb") as f:
        written = 0
        while written < mb * 1_000_000:
            f.write(chunk)
            written += len(chunk)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=20_000)
    ap.add_argument("--documents", type=int, default=0,
                    help="spread the sentences over about this many documents (default: 3-8 each)")
    ap.add_argument("--start-method", default="",
                    help="comma-separated start methods for multi-worker runs (default: automatic)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--spark-cores", type=int, default=2)
    ap.add_argument("--read-mb", type=int, default=0, help="also stream a file this big (MB)")
    ap.add_argument("--corpus", help="use this JSON Lines corpus instead of generating one")
    ap.add_argument("--one", choices=["local", "spark", "read"], help=argparse.SUPPRESS)
    ap.add_argument("--one-workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--one-start", default="", help=argparse.SUPPRESS)
    ap.add_argument("--one-out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.one == "local":
        print(json.dumps(run_local(args.corpus, args.one_workers, args.batch_size,
                                   args.one_start or None)))  # fmt: skip
        return
    if args.one == "spark":
        print(json.dumps(run_spark(args.corpus, args.spark_cores, args.batch_size, args.one_out)))
        return
    if args.one == "read":
        print(json.dumps(run_read(args.corpus)))
        return

    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = os.path.join(tmp, "corpus.jsonl")
            per_doc = (3, 8)
            if args.documents:
                mean = max(1, args.sentences // args.documents)
                per_doc = (max(1, mean - mean // 5), mean + mean // 5)
            with open(corpus, "w") as f:
                n_docs = write_corpus(f, args.sentences, sentences_per_doc=per_doc)
            print(f"corpus: {n_docs} documents, {args.sentences} sentences", file=sys.stderr)
        rows = []
        common = ["--corpus", corpus, "--batch-size", str(args.batch_size)]
        methods = [m for m in args.start_method.split(",") if m] or [""]
        for w in [int(x) for x in args.workers.split(",")]:
            for method in methods if w > 1 else [""]:
                one = ["--one", "local", "--one-workers", str(w), "--one-start", method]
                rows.append(_sub([*one, *common]))
                print(rows[-1], file=sys.stderr)
        if not args.no_spark:
            spark_out = os.path.join(tmp, "spark-out")
            rows.append(
                _sub(
                    [
                        "--one",
                        "spark",
                        "--spark-cores",
                        str(args.spark_cores),
                        "--one-out",
                        spark_out,
                        *common,
                    ]
                )
            )
            print(rows[-1], file=sys.stderr)
        if len({r["events"] for r in rows}) > 1:
            print(
                "WARNING: the runs found different numbers of events (was the coder changed "
                "during the benchmark?)",
                file=sys.stderr,
            )
        base = rows[0]["steady_sentences"] / rows[0]["steady_s"]
        load = os.getloadavg()
        print(f"\nmachine: {os.cpu_count()} cores; load average at the end {load[0]:.1f}")
        print(
            "| run | documents | sentences | events | wall s | sentences/s (wall) "
            "| sentences/s (steady) | speed-up (steady) | CPU s | cores used | peak RSS MB "
            "| peak PSS MB |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            steady = r["steady_sentences"] / r["steady_s"]
            print(
                f"| {r['config']} | {r['documents']} | {r['sentences']} | {r['events']} "
                f"| {r['wall_s']:.1f} | {r['sentences'] / r['wall_s']:.0f} | {steady:.0f} "
                f"| {steady / base:.2f}x | {r['cpu_s']:.1f} | {r['cpu_s'] / r['wall_s']:.2f} "
                f"| {r['peak_rss_mb']:.0f} | {r.get('peak_pss_mb', 0):.0f} |"
            )
        for r in rows[1:]:
            if "Spark" not in r["config"]:
                print(f"{r['config']} vs {rows[0]['config']}: "
                      f"{rows[0]['wall_s'] / r['wall_s']:.2f}x wall clock")  # fmt: skip
        if args.read_mb:
            big = os.path.join(tmp, "big.jsonl")
            _make_big(Path(corpus), Path(big), args.read_mb)
            r = _sub(["--one", "read", "--corpus", big])
            print(
                f"\n{r['config']}: {r['documents']} documents in {r['wall_s']:.1f} s "
                f"({r['mb_per_s']:.0f} MB/s), peak RSS {r['peak_rss_mb']:.0f} MB"
            )


if __name__ == "__main__":
    main()
