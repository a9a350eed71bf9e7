"""Request-level protection: settings, rate limiting, CSRF tokens and client addresses."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections import deque
from collections.abc import Iterable
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
    # (max events, window seconds). Failed logins count per account and address (a wrong
    # password from one address never locks out the owner at another); every failure from an
    # address counts toward ``login_address_rate``; registrations count per address.
    login_rate: tuple[int, float] = (10, 60.0)
    login_address_rate: tuple[int, float] = (30, 60.0)
    post_rate: tuple[int, float] = (30, 60.0)
    max_request_bytes: int = 2_000_000
    max_text_chars: int = 200_000
    semantic_ranking: bool = False
    page_size: int = 25
    # Actor and dyad profiles are kept this long (cleared by any moderation decision).
    profile_cache_seconds: float = 60.0
    # Addresses or networks of reverse proxies whose X-Forwarded-For is believed
    # (`serve --forwarded-allow-ips`); by default nobody's.
    trusted_proxies: tuple[str, ...] = ()
    # Key of the CSRF tokens' signatures; random per process unless given (`serve --workers`
    # gives every worker the same one).
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32))
    # Server processes sharing the work (`serve --workers`): each holds its share of a limit.
    workers: int = 1
    extra: dict[str, object] = field(default_factory=dict)


class RateLimiter:
    """Sliding-window counters per (bucket, key), in memory and shared by the server's threads.

    With ``share`` server processes (each with its own limiter, requests spread between them
    by the kernel) every process allows ``ceil(limit / share)``: together they never allow
    more than the limit plus rounding, whichever process an attacker's requests reach. A
    client whose requests all land on one process meets its limit earlier.
    """

    def __init__(self, clock=time.monotonic, share: int = 1) -> None:
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._share = max(1, int(share))

    max_keys = 100_000

    def _window(self, bucket: str, key: str, window: float) -> deque[float]:
        # caller holds the lock
        t = self._clock()
        q = self._hits.get((bucket, key))
        if q is None:
            if len(self._hits) >= self.max_keys:
                self._prune(t, window)
            q = self._hits[(bucket, key)] = deque()
        while q and q[0] <= t - window:
            q.popleft()
        return q

    def _prune(self, t: float, window: float) -> None:
        """Forget keys with no event in the last ``window`` (forged keys cannot fill memory)."""
        for k in [k for k, q in self._hits.items() if not q or q[-1] <= t - window]:
            del self._hits[k]

    def hit(self, bucket: str, key: str, limit: int, window: float) -> bool:
        """Count one event; False when it exceeds ``limit`` (this process's share of it)
        within ``window`` seconds."""
        limit = -(-limit // self._share)
        with self._lock:
            q = self._window(bucket, key, window)
            if len(q) >= limit:
                return False
            q.append(self._clock())
            return True

    def release(self, bucket: str, key: str) -> None:
        """Uncount the latest event (a login attempt that turned out to succeed)."""
        with self._lock:
            q = self._hits.get((bucket, key))
            if q:
                q.pop()

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and secrets.compare_digest(str(a), str(b))


class CsrfTokens:
    """CSRF tokens the server issued, never ones a client chose.

    A visitor with a session gets ``HMAC(key, session cookie)``: bound to that session and new
    at every login. A visitor without one gets a signed random nonce (``nonce.signature``); an
    unsigned or altered cookie value is replaced.
    """

    def __init__(self, key: str) -> None:
        self._key = key.encode("utf-8")

    def _sign(self, kind: str, value: str) -> str:
        mac = hmac.new(self._key, f"{kind}:{value}".encode(), hashlib.sha256)
        return mac.hexdigest()[:32]

    def for_session(self, session_token: str) -> str:
        return "s." + self._sign("session", hashlib.sha256(session_token.encode()).hexdigest())

    def anonymous(self, cookie: str | None) -> str:
        """The visitor's anonymous token if ``cookie`` is one we signed, else a new one."""
        if cookie and cookie.startswith("a.") and cookie.count(".") == 2:
            _, nonce, sig = cookie.split(".")
            if len(nonce) <= 64 and same_token(sig, self._sign("anon", nonce)):
                return cookie
        nonce = secrets.token_urlsafe(18)
        return f"a.{nonce}.{self._sign('anon', nonce)}"

    def expected(self, session_cookie: str | None, csrf_cookie: str | None) -> str:
        """The token this request's forms and X-CSRF-Token header must carry."""
        if session_cookie:
            return self.for_session(session_cookie)
        return self.anonymous(csrf_cookie)


def _networks(specs: Iterable[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    out = []
    for spec in specs:
        spec = spec.strip()
        if spec:
            out.append(ipaddress.ip_network(spec, strict=False))
    return out


class ClientAddress:
    """The address a request comes from, for rate limits.

    ``X-Forwarded-For`` is read only when the peer is one of the ``trusted`` proxies (addresses
    or networks; ``*`` trusts everyone, for a server reachable only through its proxy). The
    client is then the right-most address in the header that is not itself a trusted proxy:
    what a client writes to the left of its proxy's entry is ignored.
    """

    def __init__(self, trusted: Iterable[str] = ()) -> None:
        specs = [s.strip() for s in trusted if s.strip()]
        self.trust_all = "*" in specs
        self.networks = _networks(s for s in specs if s != "*")

    def trusted(self, address: str) -> bool:
        if self.trust_all:
            return True
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in net for net in self.networks)

    def __call__(self, peer: str | None, forwarded_for: str | None) -> str:
        address = peer or "unknown"
        if not forwarded_for or not self.trusted(address):
            return address
        for hop in reversed([h.strip() for h in forwarded_for.split(",")][-20:]):
            try:
                ipaddress.ip_address(hop)
            except ValueError:
                return address  # a malformed hop: keep the last address we could vouch for
            address = hop
            if not self.trusted(hop):
                break
        return address


def parse_trusted(value: str | None) -> tuple[str, ...]:
    """``--forwarded-allow-ips`` value: comma-separated addresses or networks, or ``*``."""
    specs = tuple(s.strip() for s in (value or "").split(",") if s.strip())
    _networks(s for s in specs if s != "*")  # raises ValueError on a bad address
    return specs
