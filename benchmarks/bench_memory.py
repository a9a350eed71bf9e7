"""Peak memory of coding one long document, by its size (issue 13: bounded by design).

    .venv/bin/python benchmarks/bench_memory.py [--mb 1 5 50] [--command code|ingest] [--no-model]

For each size, the bundled sample texts are repeated (paragraphs intact) into one text file of
that many megabytes, and a fresh ``multivector code FILE --workers 1`` (JSON Lines to a file) or
``multivector ingest FILE --db NEW.db --workers 1`` runs on it, as a user would. Reported: the
process's peak resident memory (``VmHWM``, from ``wait4``'s ``ru_maxrss``), the time taken and the
events written. Every ``--every`` seconds a line on standard error gives the progress so far
(MB of JSON Lines written, current and peak RSS), so a run too long to wait for still shows
whether memory grows with the text. The coder cuts a long text into pieces of 20,000
characters, releases each piece's parse, and hands its events on as the piece is done, so the
peak should not grow with the size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_text(path: Path, mb: float, curly: bool = False) -> int:
    """Write ``mb`` megabytes of sample text (whole paragraphs) to ``path``; returns chars.
    ``curly``: typographic apostrophes (U+2019), so Python holds the text at 2 bytes a char."""
    from multivector.samples import sample_paths

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_paths()
                       if p.suffix == ".txt" and "not-english" not in p.name) + "\n\n"  # fmt: skip
    if curly:
        base = base.replace("'", "\u2019").replace(". ", ". \u201cQuoted\u201d. ", 3)
    want = int(mb * 1_000_000)
    written = 0
    with path.open("w", encoding="utf-8") as f:
        while written < want:
            chunk = base[: want - written]
            f.write(chunk)
            written += len(chunk)
    return written


def _status(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of ``pid`` in kB (0, 0 once it is gone)."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def run_one(path: Path, command: str, model: bool, every: float, tmp: Path) -> dict:
    out = tmp / f"{path.stem}.jsonl"
    args = [sys.executable, "-m", "multivector", command, str(path), "--workers", "1",
            "--date", "2001-01-01", "--max-bytes", str(path.stat().st_size + 1)]  # fmt: skip
    if command == "code":
        args += ["--out", str(out)]
    else:
        args += ["--db", str(tmp / f"{path.stem}.db"), "--no-progress"]
    if not model:
        args.append("--no-model")
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    last = t0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.5)
        if time.perf_counter() - last >= every:
            last = time.perf_counter()
            rss, hwm = _status(proc.pid)
            done = out.stat().st_size / 1e6 if out.exists() else 0.0
            print(f"  {path.name}: {last - t0:7.0f} s, {done:7.1f} MB of events written, "
                  f"RSS {rss / 1024:5.0f} MB, peak so far {hwm / 1024:5.0f} MB",
                  file=sys.stderr, flush=True)  # fmt: skip
    secs = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err[-2000:]}")
    summary = [line for line in err.splitlines() if line.startswith(("coded ", "stored "))]
    return {"seconds": secs, "peak_rss_mb": usage.ru_maxrss / 1024,
            "summary": summary[-1] if summary else ""}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 5.0])
    ap.add_argument("--command", choices=["code", "ingest"], default="code")
    ap.add_argument("--no-model", action="store_true", help="code with the rules only")
    ap.add_argument("--every", type=float, default=60.0, help="progress line interval (s)")
    ap.add_argument("--curly", action="store_true",
                    help="typographic quotes: text Python stores at 2 bytes a character")  # fmt: skip
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for mb in args.mb:
            path = Path(tmp) / f"long-{mb:g}mb.txt"
            chars = make_text(path, mb, args.curly)
            r = run_one(path, args.command, not args.no_model, args.every, Path(tmp))
            rows.append((mb, chars, r))
            print(f"{mb:g} MB: peak RSS {r['peak_rss_mb']:.0f} MB, {r['seconds']:.0f} s; "
                  f"{r['summary']}", file=sys.stderr, flush=True)  # fmt: skip
    print(f"\n`multivector {args.command} --workers 1`, model {'off' if args.no_model else 'on'}")
    print("| MB | characters | seconds | peak RSS MB | summary |\n|---|---|---|---|---|")
    for mb, chars, r in rows:
        print(f"| {mb:g} | {chars:,} | {r['seconds']:.0f} | {r['peak_rss_mb']:.0f} | {r['summary']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
