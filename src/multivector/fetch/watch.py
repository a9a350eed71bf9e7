"""``watch``: fetch rounds on a schedule, each source at its own interval, in the foreground.

SIGINT and SIGTERM set a flag: the current round stops between documents (what is committed
stays), the validators of unfinished sources are not recorded, and the loop ends. A process
killed outright (SIGKILL) is resumed by the next run: see :mod:`multivector.fetch.run`.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from multivector.fetch.http import FetchOptions
from multivector.fetch.run import FetchRound, RoundStats, StopFlag
from multivector.fetch.sources import Source


@contextmanager
def stop_on_signals(stop: StopFlag):
    """SIGINT/SIGTERM set ``stop`` while inside (previous handlers restored after)."""
    previous = {}

    def handler(signum: int, _frame: object) -> None:
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, handler)
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(store: Any, sources: list[Source], coder: Any, *, options: FetchOptions,
          say: Callable[[str], None], stop: StopFlag | None = None, max_rounds: int | None = None,
          **kw: Any) -> list[RoundStats]:  # fmt: skip
    """Run rounds until stopped (or ``max_rounds``): each round takes the sources that are due."""
    stop = stop if stop is not None else StopFlag()
    due = {s.url: 0.0 for s in sources}
    rounds: list[RoundStats] = []
    while not stop and (max_rounds is None or len(rounds) < max_rounds):
        now = time.monotonic()
        ready = [s for s in sources if due[s.url] <= now]
        if not ready:
            stop.wait(max(0.05, min(due.values()) - now))
            continue
        r = FetchRound(store, coder, options=options, say=say, stop=stop, **kw)
        try:
            stats = r.run(ready)
        finally:
            r.client.close()
        rounds.append(stats)
        say(f"round {len(rounds)} ({', '.join(s.name for s in ready)}): {stats.summary()}")
        for s in ready:
            due[s.url] = time.monotonic() + s.interval
    return rounds
