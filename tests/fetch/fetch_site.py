"""The test web site: a feed, articles, near duplicates, robots.txt and every fault the fetcher
must survive, on 127.0.0.1 in a thread."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY_WORDS = (
    "Kazakhstan and Russia signed an agreement on the joint use of the Baikonur launch site "
    "on Tuesday, after two days of talks in Astana between the two foreign ministers. "
    "Officials said the agreement extends the lease for another decade and sets new rules "
    "for environmental monitoring around the launch pads and the town that serves them."
)
SECOND = (
    "The ministers also discussed rail freight, a customs post on the northern border and "
    "the price of gas delivered to the southern regions of the country during the winter."
)
THIRD = (
    "Mongolia and Japan held talks on coal exports in Ulaanbaatar, where delegations looked "
    "at a rail spur to the mines of the Gobi and at the cost of shipping through Tianjin."
)
OTHER = (
    "China and Kazakhstan opened a new border crossing for trucks near Khorgos on Monday. "
    "The crossing is meant to shorten waiting times for freight that travels along the "
    "corridor between the two countries and on towards the ports of the Caspian Sea."
)


def page(title: str, byline: str, paragraphs: list[str], footer: str, date: str | None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title>{meta}</head><body>"
            f"<nav>Home | World | Business</nav><article><h1>{title}</h1>"
            f"<p class='byline'>{byline}</p>{paras}</article>"
            f"<footer>{footer}</footer></body></html>").encode()  # fmt: skip


PAGES = {
    "/a/1": page("Kazakhstan and Russia extend Baikonur lease", "By Wire Staff",
                 [BODY_WORDS, SECOND], "Copyright Wire Service", "2024-03-05"),
    "/a/2": page("Baikonur deal renewed for a decade", "By A. Reporter, Daily Steppe",
                 [BODY_WORDS, SECOND], "Daily Steppe - all rights reserved", "2024-03-05"),
    "/a/3": page("New Khorgos crossing opens", "By Wire Staff", [OTHER], "Copyright Wire",
                 "2024-03-04"),
    "/private/x": page("Private", "x", [OTHER], "", None),
    "/badutf8": page("Broken bytes", "x", [THIRD + " Caf\xe9"], "", "2024-03-01").replace(
        b"Caf\xc3\xa9", b"Caf\xe9\xff"),
    "/nodate": page("No date here", "x", [THIRD + " No date was given."], "", None),
}


def rss(base: str, links: list[str], dated: bool = True) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}{link}</link>"
        + (f"<pubDate>{formatdate(1709600000 + i * 3600, usegmt=True)}</pubDate>" if dated else "")
        + "</item>"
        for i, link in enumerate(links)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>'
            f"<link>{base}/</link><description>t</description>{items}</channel></rss>").encode()  # fmt: skip


FEED_LINKS = ["/a/1", "/a/2", "/a/3", "/private/x", "/doc.pdf", "/image.png", "/huge", "/loop1",
              "/hang", "/error", "/busy", "/badutf8"]


class Site:
    """The site; ``hits`` counts requests per path."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                with site.lock:
                    site.hits[path] = site.hits.get(path, 0) + 1
                    n = site.hits[path]
                site.route(self, path, n)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda *_a: None  # clients that hang up (the size cap) are fine
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def route(self, h, path: str, n: int) -> None:  # noqa: C901 - one branch per fault
        if path == "/robots.txt":
            h._send(200, "text/plain", b"User-agent: *\nDisallow: /private/\n")
        elif path in ("/feed.xml", "/nodates.xml"):
            etag = '"feed-v1"'
            if h.headers.get("If-None-Match") == etag:
                h.send_response(304)
                h.send_header("ETag", etag)
                h.send_header("Content-Length", "0")
                h.end_headers()
                return
            links = FEED_LINKS if path == "/feed.xml" else ["/nodate"]
            h._send(200, "application/rss+xml", rss(self.base, links, path == "/feed.xml"),
                    {"ETag": etag})
        elif path == "/notxml":
            h._send(200, "application/rss+xml", b"this is { not xml at all")
        elif path in PAGES:
            h._send(200, "text/html; charset=utf-8", PAGES[path])
        elif path == "/doc.pdf":
            h._send(200, "application/pdf", b"%PDF-1.4 binary stuff")
        elif path == "/image.png":
            h._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
        elif path == "/huge":
            # no Content-Length: the cap must cut the stream
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            try:
                for _ in range(10_000):
                    h.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
            except OSError:
                pass
        elif path == "/hugedeclared":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(10 * 1024**3))
            h.send_header("Connection", "close")
            h.end_headers()
        elif path in ("/loop1", "/loop2"):
            other = "/loop2" if path == "/loop1" else "/loop1"
            h._send(302, "text/plain", b"", {"Location": other})
        elif path == "/hang":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", "100000")
            h.end_headers()
            h.wfile.write(b"<html>")
            h.wfile.flush()
            time.sleep(5)
        elif path == "/error":
            h._send(500, "text/plain", b"oops")
        elif path == "/busy":
            if n == 1:
                h._send(429, "text/plain", b"slow down", {"Retry-After": "1"})
            else:
                h._send(200, "text/html; charset=utf-8", PAGES["/a/3"].replace(b"Khorgos", b"Dostyk"))
        else:
            h._send(404, "text/plain", b"not found")
