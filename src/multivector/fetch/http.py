"""A polite HTTP client: robots.txt, a per-host interval, conditional GET, timeouts, a size cap,
retries with back-off, a redirect limit and no private-network addresses.

Every decision is returned as a :class:`FetchResult` whose ``outcome`` is one of ``fetched``,
``not-modified``, ``robots-denied``, ``too-large`` or ``failed`` (with a ``reason``); the client
never raises for a fault of the remote side.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from multivector import __version__ as _VERSION

#: Statuses retried with back-off.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_MAX_BYTES = 512_000


@dataclass(slots=True)
class FetchOptions:
    """How politely and how far the client goes (all overridable from the command line)."""

    contact: str | None = None  # an e-mail or URL the site's operator can reach us at
    min_interval: float = 5.0  # seconds between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two reads
    total_timeout: float = 60.0  # the whole request, headers and body, per attempt
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 2.0  # first back-off in seconds, doubled at each retry
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting
    allow_private: bool = False
    respect_robots: bool = True

    def user_agent(self) -> str:
        contact = f"; +{self.contact}" if self.contact else ""
        return f"multivector/{_VERSION} (event coder{contact})"


@dataclass(slots=True)
class FetchResult:
    """What one fetch decided, and the response when there is one."""

    url: str  # as asked
    outcome: str  # fetched | not-modified | robots-denied | too-large | failed
    reason: str = ""
    final_url: str | None = None
    status: int | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    fetched_at: str = ""

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in (self.header("content-type") or "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip('"')
        return None

    @property
    def status_text(self) -> str:
        """``outcome`` with the reason for failures: ``failed:<reason>``."""
        return f"failed:{self.reason}" if self.outcome == "failed" else self.outcome


class _Refused(Exception):
    """A decision that ends one fetch (outcome, reason)."""

    def __init__(self, outcome: str, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.outcome, self.reason, self.status = outcome, reason, status


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def is_public_address(address: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved or unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)  # fmt: skip


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def checked_addresses(
    resolver: Callable[..., list], host: str, port: int, allow_private: bool
) -> list[str]:
    """The addresses ``host`` resolves to; :class:`_Refused` if it does not resolve or (unless
    ``allow_private``) if any of them is not public. Used on the URL and again on connecting."""
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise _Refused("failed", f"host does not resolve: {host} ({exc})") from None
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise _Refused("failed", f"host does not resolve: {host} (no address)")
    if not allow_private:
        for address in addresses:
            if not is_public_address(address):
                raise _Refused("failed", f"private or loopback address {address} for {host} "
                                         "(allow with --allow-private)")  # fmt: skip
    return addresses


class CheckedBackend(httpcore.SyncBackend):
    """httpcore's network backend, resolving each host itself and connecting only to an address
    that passes :func:`is_public_address` (unless private ones are allowed). TLS still names the
    host (SNI and certificate checks use the URL's host, not the address)."""

    def __init__(self, resolver: Callable[..., list], allow_private: bool) -> None:
        self._resolve, self._allow_private = resolver, allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = checked_addresses(self._resolve, host, port, self._allow_private)
        except _Refused as exc:
            raise httpcore.ConnectError(exc.reason) from None
        error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")


class PoliteClient:
    """One client per fetch round; thread-safe (workers share hosts' intervals and robots)."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        resolver: Callable[..., list] = socket.getaddrinfo,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        self._resolve = resolver
        self._sleep = sleep
        o = self.options
        transport = httpx.HTTPTransport(trust_env=False)
        # connections go only to addresses checked at connect time: a name that resolved to a
        # public address when the URL was checked cannot be re-resolved to a private one
        transport._pool._network_backend = CheckedBackend(resolver, o.allow_private)
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(o.read_timeout, connect=o.connect_timeout),
            headers={"User-Agent": o.user_agent(), "Accept-Encoding": "gzip, deflate"},
            trust_env=False,
            transport=transport,
        )
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public call -------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> FetchResult:  # fmt: skip
        """GET ``url`` politely; conditional when ``etag``/``last_modified`` are given."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            return self._get(url, headers, max_bytes or self.options.max_bytes, robots=True)
        except _Refused as exc:
            return FetchResult(url, exc.outcome, exc.reason, status=exc.status, fetched_at=_now())
        except (httpx.InvalidURL, ValueError, UnicodeError) as exc:  # a URL httpx cannot use
            return FetchResult(url, "failed", f"invalid URL ({str(exc)[:120]})", fetched_at=_now())

    def _get(self, url: str, headers: dict[str, str], max_bytes: int, *, robots: bool) -> FetchResult:
        current = url
        seen = {url}
        for _hop in range(self.options.max_redirects + 1):
            self._check_url(current)
            if robots and self.options.respect_robots and not self._allowed(current):
                raise _Refused("robots-denied", "disallowed by robots.txt")
            result = self._attempts(current, headers, max_bytes)
            if result.status in (301, 302, 303, 307, 308):
                location = result.header("location")
                if not location:
                    raise _Refused("failed", f"http {result.status} without Location", result.status)
                nxt = urljoin(current, location)
                if nxt in seen:
                    raise _Refused("failed", f"redirect loop at {nxt}", result.status)
                seen.add(nxt)
                current = nxt
                headers = {}  # validators belong to the first URL
                continue
            result.url = url
            result.final_url = current
            return result
        raise _Refused("failed", f"too many redirects (more than {self.options.max_redirects})")

    # -- checks ----------------------------------------------------------------------------
    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise _Refused("failed", f"not an http(s) URL: {parts.scheme or 'no scheme'}")
        host = parts.hostname
        if not host:
            raise _Refused("failed", "no host in URL")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        checked_addresses(self._resolve, host, port, self.options.allow_private)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            known = key in self._robots
        if not known:
            parser = self._load_robots(key)
            with self._lock:
                self._robots[key] = parser
        parser = self._robots[key]
        return True if parser is None else parser.can_fetch(self.options.user_agent(), url)

    def _load_robots(self, base: str) -> RobotFileParser | None:
        """The host's robots rules; None (everything allowed) when it has none (4xx).
        A 5xx or an unreachable robots.txt disallows the host for this round (RFC 9309)."""
        try:
            res = self._get(base + "/robots.txt", {}, ROBOTS_MAX_BYTES, robots=False)
        except _Refused as exc:
            if exc.outcome == "too-large":
                return None
            parser = RobotFileParser()
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if res.status is not None and 400 <= res.status < 500:
            return None
        parser = RobotFileParser()
        if res.status is None or res.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
        else:
            parser.parse(res.body.decode("utf-8", "replace").splitlines())
        return parser

    def crawl_delay(self, url: str) -> float:
        parts = urlsplit(url)
        parser = self._robots.get(f"{parts.scheme}://{parts.netloc}")
        delay = parser.crawl_delay(self.options.user_agent()) if parser is not None else None
        return min(float(delay), 60.0) if delay else 0.0

    # -- requests --------------------------------------------------------------------------
    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self._lock:
            lock = self._host_locks.setdefault(host, threading.Lock())
        with lock:
            interval = max(self.options.min_interval, self.crawl_delay(url))
            last = self._last.get(host)
            if last is not None:
                wait = last + interval - time.monotonic()
                if wait > 0:
                    self._sleep(wait)
            self._last[host] = time.monotonic()

    def _attempts(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        o = self.options
        for attempt in range(o.retries + 1):
            self._wait_turn(url)
            result = self._once(url, headers, max_bytes)
            if result.status not in RETRY_STATUSES:
                return result
            if attempt == o.retries:
                break
            wait = o.backoff * (2**attempt)
            asked = retry_after_seconds(result.header("retry-after"))
            if asked is not None:
                if asked > o.max_retry_after:
                    raise _Refused("failed", f"http {result.status} (Retry-After {asked:.0f}s "
                                             f"exceeds {o.max_retry_after:.0f}s)", result.status)  # fmt: skip
                wait = max(wait, asked)
            self._sleep(wait)
        raise _Refused("failed", f"http {result.status} after {o.retries + 1} attempts", result.status)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        deadline = time.monotonic() + self.options.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                status = resp.status_code
                hdrs = list(resp.headers.multi_items())
                result = FetchResult(url, "fetched", status=status, headers=hdrs, fetched_at=_now())
                if status in (301, 302, 303, 307, 308) or status in RETRY_STATUSES:
                    return result
                if status == 304:
                    result.outcome = "not-modified"
                    return result
                if status >= 400:
                    raise _Refused("failed", f"http {status}", status)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise _Refused("too-large", f"{declared} bytes declared; the limit is {max_bytes}",
                                   status)  # fmt: skip
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes(65536):
                    size += len(chunk)
                    if size > max_bytes:
                        raise _Refused("too-large", f"over {max_bytes} bytes", status)
                    if time.monotonic() > deadline:
                        raise _Refused("failed", f"timeout (over {self.options.total_timeout:.0f}s)",
                                       status)  # fmt: skip
                    chunks.append(chunk)
                result.body = b"".join(chunks)
                return result
        except httpx.TimeoutException as exc:
            raise _Refused("failed", f"timeout ({type(exc).__name__})") from None
        except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
            raise _Refused("failed", f"{type(exc).__name__}: {str(exc)[:200]}") from None
