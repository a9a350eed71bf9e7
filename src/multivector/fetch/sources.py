"""Where articles come from: RSS/Atom feeds, sitemaps, single pages, files of URLs, and the
sources file of ``multivector watch``.

A source is fetched once; what it holds is sniffed (a feed, a sitemap, or an HTML page, which is
itself the article). Parsing never raises for bad input: a :class:`Discovery` carries the reason.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import yaml

#: A sitemap index is followed this deep (an index of indexes, no further).
MAX_SITEMAP_DEPTH = 2
MAX_ENTRIES = 10_000

_XML_START = re.compile(rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(?P<tag>[\w:.-]+)", re.DOTALL)
_FEED_TAGS = ("rss", "feed", "rdf:rdf", "rdf")
_SITEMAP_TAGS = ("urlset", "sitemapindex")


@dataclass(slots=True)
class Source:
    """One entry of a sources file (or a command-line SOURCE)."""

    url: str
    name: str = ""
    outlet: str | None = None
    interval: float = 3600.0  # seconds between two rounds of ``watch`` for this source
    kind: str = "auto"  # auto | feed | sitemap | page

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.url
        if self.outlet is None:
            self.outlet = outlet_of(self.url)


@dataclass(slots=True)
class Entry:
    """An article URL found in a source, with what the source said about it."""

    url: str
    outlet: str | None = None
    source: str = ""
    title: str | None = None
    published: str | None = None  # ISO date or date-time, when the feed gave one
    author: str | None = None


@dataclass(slots=True)
class Discovery:
    """What a fetched source held: entries (feed, sitemap), or that it is a page itself."""

    kind: str  # feed | sitemap | sitemapindex | page | unknown
    entries: list[Entry] = field(default_factory=list)
    problem: str | None = None
    note: str | None = None  # e.g. "no entry has a date"


def outlet_of(url: str) -> str | None:
    """The outlet of a URL when none is given: its host without ``www.``."""
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def sniff(body: bytes, content_type: str = "") -> str:
    """``feed``, ``sitemap``, ``html`` or ``unknown`` from the first bytes (and the type)."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    m = _XML_START.match(head)
    if m:
        tag = m.group("tag").decode("ascii", "replace").lower()
        if tag in _FEED_TAGS:
            return "feed"
        if tag in _SITEMAP_TAGS:
            return "sitemap"
        if tag in ("html", "!doctype", "head", "body"):
            return "html"
    low = head[:1024].lower()
    if b"<!doctype html" in low or b"<html" in low:
        return "html"
    if "html" in content_type:
        return "html"
    if any(t in content_type for t in ("rss", "atom")):
        return "feed"
    return "unknown"


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", struct)
    except (TypeError, ValueError):
        return None


def parse_feed(body: bytes, source: Source) -> Discovery:
    """Entries of an RSS/Atom feed (feedparser); a feed that is not XML is a problem."""
    import feedparser

    parsed = feedparser.parse(body)
    entries: list[Entry] = []
    for item in parsed.entries[:MAX_ENTRIES]:
        link = item.get("link")
        if not link or urlsplit(link).scheme not in ("http", "https"):
            continue
        entries.append(Entry(
            url=link.strip(), outlet=source.outlet, source=source.name, title=item.get("title"),
            published=_iso(item.get("published_parsed") or item.get("updated_parsed")),
            author=item.get("author"),
        ))  # fmt: skip
    if not entries and parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        return Discovery("feed", problem=f"feed is not valid XML ({str(exc)[:120]})")
    note = None
    if entries and not any(e.published for e in entries):
        note = f"no entry has a date ({len(entries)} entries): dates come from the pages"
    return Discovery("feed", entries, note=note)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def parse_sitemap(body: bytes, source: Source) -> Discovery:
    """URLs of a sitemap (``urlset``) or the sitemaps of a sitemap index."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        return Discovery("sitemap", problem=f"sitemap is not valid XML ({exc})")
    kind = "sitemapindex" if _local(root.tag) == "sitemapindex" else "sitemap"
    entries: list[Entry] = []
    for node in root:
        loc = lastmod = None
        for child in node:
            name = _local(child.tag)
            if name == "loc" and child.text:
                loc = child.text.strip()
            elif name == "lastmod" and child.text:
                lastmod = child.text.strip()
        if loc and urlsplit(loc).scheme in ("http", "https"):
            entries.append(Entry(loc, source.outlet, source.name, published=lastmod))
        if len(entries) >= MAX_ENTRIES:
            break
    return Discovery(kind, entries)


def discover(body: bytes, content_type: str, source: Source) -> Discovery:
    """What the fetched ``source`` holds, by its declared kind or by sniffing."""
    kind = source.kind if source.kind != "auto" else sniff(body, content_type)
    if kind == "feed":
        return parse_feed(body, source)
    if kind == "sitemap":
        return parse_sitemap(body, source)
    if kind in ("html", "page"):
        return Discovery("page", [Entry(source.url, source.outlet, source.name)])
    what = content_type or "unknown content type"
    return Discovery("unknown", problem=f"not a feed, sitemap or HTML page ({what})")


def read_url_file(path: str | Path, outlet: str | None = None) -> list[Source]:
    """A file of URLs, one a line (blank lines and ``#`` comments skipped)."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(Source(line, outlet=outlet))
    return out


def sources_from_args(args: list[str]) -> list[Source]:
    """Command-line SOURCEs: a URL, or a local file of URLs."""
    out: list[Source] = []
    for arg in args:
        if urlsplit(arg).scheme in ("http", "https"):
            out.append(Source(arg))
        elif Path(arg).is_file():
            out.extend(read_url_file(arg))
        else:
            raise ValueError(f"{arg}: not an http(s) URL nor a file of URLs")
    return out


def load_sources(path: str | Path) -> list[Source]:
    """The sources file of ``watch``: a YAML list (or ``sources:`` list) of mappings with
    ``url`` and optional ``name``, ``outlet``, ``interval`` (seconds, or ``30m``/``2h``) and
    ``kind``. Raises ValueError with a one-line message for a malformed file."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        data = data.get("sources")
    if not isinstance(data, list) or not data:
        raise ValueError(f"{path}: expected a list of sources (each with a url)")
    out = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise ValueError(f"{path}: source {i} has no url")
        if urlsplit(item["url"]).scheme not in ("http", "https"):
            raise ValueError(f"{path}: source {i}: not an http(s) URL: {item['url']}")
        kind = str(item.get("kind", "auto"))
        if kind not in ("auto", "feed", "sitemap", "page"):
            raise ValueError(f"{path}: source {i}: kind must be auto, feed, sitemap or page")
        out.append(Source(
            url=item["url"], name=str(item.get("name") or item["url"]), outlet=item.get("outlet"),
            interval=parse_interval(item.get("interval", 3600)), kind=kind,
        ))  # fmt: skip
    return out


def parse_interval(value: Any) -> float:
    """Seconds from ``90``, ``"90s"``, ``"30m"``, ``"2h"`` or ``"1d"``."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value))
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"not an interval: {value!r} (seconds, or e.g. 30m, 2h)")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]
