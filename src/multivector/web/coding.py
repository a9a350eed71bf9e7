"""The coder behind contributions: loaded once in a background thread when the app starts, and
texts coded in a background worker whenever it is not ready yet, so no request waits for it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


class StillCoding(Exception):
    """A contributed document that is being coded (or whose coding failed): no page yet."""

    def __init__(self, doc_id: str, state: dict[str, Any]) -> None:
        super().__init__(f"{doc_id} is {state['state']}")
        self.doc_id = doc_id
        self.state = state


class BackgroundCoder:
    """One coder from ``factory``, built in a daemon thread; jobs that need it before it is
    ready run in a single worker thread, in order, and their state is kept by document id."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory
        self._coder: Any = None
        self._error: BaseException | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._jobs: dict[str, dict[str, Any]] = {}

    def start(self) -> None:
        """Begin loading the coder (once; again after a failed load)."""
        with self._lock:
            if self._loader is None:
                self._ready.clear()
                self._error = None
                self._loader = threading.Thread(target=self._load, name="coder-load", daemon=True)
                self._loader.start()

    def _load(self) -> None:
        try:
            self._coder = self.factory()
        except Exception as e:  # reported to the next contribution, which starts a new load
            log.exception("the coder could not be loaded")
            self._error = e
        finally:
            self._ready.set()

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self._error is None

    def get(self, timeout: float | None = None) -> Any | None:
        """The coder, waiting at most ``timeout`` seconds (None: until loaded); None if it is
        still loading. A failed load raises RuntimeError (and the next call tries again)."""
        self.start()
        if not self._ready.wait(timeout):
            return None
        error = self._error
        if error is not None:
            with self._lock:
                if self._error is error:
                    self._loader = None
            self.start()
            raise RuntimeError(f"the coder could not be loaded: {error}")
        return self._coder

    def submit(self, doc_id: str, user_id: int, job: Callable[[Any], Any]) -> None:
        """Run ``job(coder)`` in the worker once the coder is loaded; until it is done the
        document's state is "coding", and "failed" (with the reason) if it raised."""
        with self._lock:
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coding")
            self._jobs[doc_id] = {"state": "coding", "user_id": user_id}
            worker = self._worker
        worker.submit(self._run, doc_id, user_id, job)

    def _run(self, doc_id: str, user_id: int, job: Callable[[Any], Any]) -> None:
        try:
            job(self.get())
        except Exception as e:
            log.warning("coding %s failed: %s", doc_id, e)
            with self._lock:
                self._jobs[doc_id] = {"state": "failed", "user_id": user_id, "reason": str(e)}
            return
        with self._lock:
            self._jobs.pop(doc_id, None)

    def state(self, doc_id: str) -> dict[str, Any] | None:
        """``{"state": "coding" | "failed", "user_id", "reason"?}`` for a queued document."""
        with self._lock:
            found = self._jobs.get(doc_id)
            return dict(found) if found else None

    def close(self) -> None:
        """Finish the queued jobs (contributions are not dropped at shutdown)."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=True)
