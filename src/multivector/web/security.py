"""Request-level protection: settings, rate limiting and CSRF tokens."""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta


@dataclass(slots=True)
class WebSettings:
    """Configuration of the web application, passed to :func:`multivector.web.app.create_app`."""

    # Secure-flagged cookies travel over HTTPS only; `serve` turns this off on loopback hosts,
    # where there is no TLS.
    secure_cookies: bool = True
    session_lifetime: timedelta = timedelta(days=14)
    default_role: str = "contributor"
    # (max events, window seconds) per user or client address
    login_rate: tuple[int, float] = (10, 60.0)
    post_rate: tuple[int, float] = (30, 60.0)
    max_request_bytes: int = 2_000_000
    max_text_chars: int = 200_000
    semantic_ranking: bool = False
    page_size: int = 25
    # Actor and dyad profiles are kept this long (cleared by any moderation decision).
    profile_cache_seconds: float = 60.0
    extra: dict[str, object] = field(default_factory=dict)


class RateLimiter:
    """Sliding-window counters per (bucket, key), in memory and shared by the server's threads.

    One process serves the app (uvicorn, one worker); several workers would each count
    separately, which loosens the limit by the number of workers.
    """

    def __init__(self, clock=time.monotonic) -> None:
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def hit(self, bucket: str, key: str, limit: int, window: float) -> bool:
        """Count one event; False when it exceeds ``limit`` within ``window`` seconds."""
        t = self._clock()
        with self._lock:
            q = self._hits.setdefault((bucket, key), deque())
            while q and q[0] <= t - window:
                q.popleft()
            if len(q) >= limit:
                return False
            q.append(t)
            return True

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and secrets.compare_digest(str(a), str(b))
