"""One writer process for the concurrency tests: wait for a start signal, open the store, and
ingest a JSON Lines corpus with the fake coder (or only open the store with ``--open-only``).

    python concurrent_writer.py URL GATE [CORPUS] [--open-only]

Prints the ingest statistics as one JSON line; any exception ends the process with a traceback
(which the test looks for).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_fake_coder import FakeCoder  # noqa: E402

from multivector.ingest import read_inputs  # noqa: E402
from multivector.store import open_store  # noqa: E402
from multivector.store.ingest import ingest_documents  # noqa: E402


def main(argv: list[str]) -> int:
    url, gate = argv[0], Path(argv[1])
    deadline = time.monotonic() + 60
    while not gate.exists():  # start together: the test creates the gate once all are ready
        if time.monotonic() > deadline:
            return 3
        time.sleep(0.002)
    store = open_store(url)
    if "--open-only" in argv:
        print(json.dumps({"opened": True, "pid": os.getpid()}))
        return 0
    stats = ingest_documents(store, read_inputs([argv[2]]), FakeCoder(), batch_size=4)
    print(json.dumps(stats.to_dict()))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
