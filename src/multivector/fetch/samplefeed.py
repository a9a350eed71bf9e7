"""The bundled samples as a small news site (two outlets' feeds) for ``multivector demo``.

The wire outlet publishes every dated news item and the summit report; a second outlet
re-publishes three of them under its own headline, byline and footer, so the demo shows near
duplicates grouped into stories.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from email.utils import format_datetime

from multivector.samples import sample_paths

COPIED = 3  # items the second outlet re-publishes


def _page(title: str, byline: str, text: str, date: str, footer: str) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<!doctype html><html lang="en"><head><title>{html.escape(title)}</title>'
            f'<meta property="article:published_time" content="{date}"></head><body>'
            f"<header>Menu</header><article><h1>{html.escape(title)}</h1>"
            f"<p>{html.escape(byline)}</p>{paras}</article><footer>{html.escape(footer)}</footer>"
            f"</body></html>").encode()  # fmt: skip


def _rss(base: str, title: str, items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{base}{path}</link><pubDate>"
        f"{format_datetime(datetime.fromisoformat(d).replace(hour=9, tzinfo=UTC), usegmt=True)}"
        f"</pubDate></item>"
        for path, t, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{html.escape(title)}</title><link>{base}/</link><description>{title}"
            f"</description>{entries}</channel></rss>").encode()  # fmt: skip


def sample_site(base: str) -> dict[str, tuple[str, bytes]]:
    """path -> (content type, body) of the sample site served at ``base``."""
    paths = {p.name: p for p in sample_paths()}
    news = [json.loads(line) for line in paths["news-feed.jsonl"].read_text("utf-8").splitlines()
            if line.strip()]  # fmt: skip
    pages: dict[str, tuple[str, bytes]] = {}
    wire: list[tuple[str, str, str]] = []
    daily: list[tuple[str, str, str]] = []
    for item in news:
        path = f"/wire/{item['id']}.html"
        pages[path] = ("text/html; charset=utf-8", _page(item["title"], "Sample Wire staff",
                       item["text"], item["date"], "Sample Wire: all rights reserved."))  # fmt: skip
        wire.append((path, item["title"], item["date"]))
    for item in news[:COPIED]:
        path = f"/daily/{item['id']}.html"
        title = "Daily: " + item["title"].lower()
        pages[path] = ("text/html; charset=utf-8", _page(title, "By the Daily's desk", item["text"],
                       item["date"], "Subscribe to the Sample Daily newsletter."))  # fmt: skip
        daily.append((path, title, item["date"]))
    pages["/wire/summit-report.html"] = ("text/html; charset=utf-8",
                                         paths["summit-report.html"].read_bytes())  # fmt: skip
    wire.append(("/wire/summit-report.html", "Regional summit", "2015-07-11"))
    pages["/wire/feed.xml"] = ("application/rss+xml", _rss(base, "Sample Wire", wire))
    pages["/daily/feed.xml"] = ("application/rss+xml", _rss(base, "Sample Daily", daily))
    pages["/robots.txt"] = ("text/plain", b"User-agent: *\nAllow: /\n")
    return pages
