"""Issue 13, finding 2: worker processes die with their parent.

A real parent process codes a slow stream with two workers (the fake coder: no model); the
test kills it with SIGKILL, or stops it with SIGTERM/SIGINT, and then finds none of its
children (workers, resource tracker) left alive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import multivector

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs /proc")

HERE = Path(__file__).parent
SRC = Path(multivector.__file__).resolve().parents[1]

PARENT = textwrap.dedent(
    """
    import os, sys
    from multivector.model import Document
    from multivector.scale import parallel_code_documents
    from multivector.scale.parallel import CodingStopped
    from scale_fakes import slow_coder

    def children():
        out = []
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/stat") as f:
                        if int(f.read().rsplit(")", 1)[1].split()[1]) == os.getpid():
                            out.append(int(pid))
                except OSError:
                    pass
        return out

    if __name__ == "__main__":
        docs = (Document(id=f"d{i}", text=f"Alpha met Beta {i}.") for i in range(100000))
        try:
            for n, coded in enumerate(parallel_code_documents(
                    docs, workers=2, batch_size=4, coder_factory=slow_coder,
                    start_method=os.environ.get("MV_START_METHOD") or None)):
                if n == 8:
                    print("CHILDREN", *children(), flush=True)
        except CodingStopped as e:
            print("STOPPED", e, flush=True)
            sys.exit(128 + e.signum)
    """
)


def _alive(pid: int) -> bool:
    """True unless the process is gone or a zombie (dead, waiting to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _start(tmp_path, start_method: str = "") -> tuple[subprocess.Popen, list[int]]:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)]),
           "PYTHONUNBUFFERED": "1", "MV_START_METHOD": start_method}  # fmt: skip
    proc = subprocess.Popen([sys.executable, str(script)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    line = proc.stdout.readline()
    assert line.startswith("CHILDREN"), (line, proc.stderr.read() if proc.poll() else "")
    children = [int(p) for p in line.split()[1:]]
    assert len(children) >= 2, children  # two workers (and the resource tracker)
    return proc, children


def _wait_gone(pids: list[int], seconds: float = 8.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [p for p in pids if _alive(p)]
        if not left:
            return []
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _cleanup(pids: list[int]) -> None:
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass


# "" lets the runner choose: fork here (the parent runs no thread), the coder built once.
@pytest.mark.parametrize("start_method", ["", "spawn"])
def test_workers_die_when_the_parent_is_killed(tmp_path, start_method):
    proc, children = _start(tmp_path, start_method)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    left = _wait_gone(children)
    _cleanup(left)
    assert left == [], f"orphans left after SIGKILL of the parent: {left}"


@pytest.mark.parametrize("start_method", ["", "spawn"])
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_pool_between_batches(tmp_path, sig, start_method):
    proc, children = _start(tmp_path, start_method)
    proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    left = _wait_gone(children)
    _cleanup(left)
    assert proc.returncode == 128 + sig, (proc.returncode, err[-2000:])
    assert "STOPPED" in out and "Traceback" not in err, err[-2000:]
    assert left == [], f"workers left after {sig.name}: {left}"
