"""Main-text extraction from HTML with the standard library's parser.

Drops scripts, styles and page furniture (nav, header, footer, aside, form...), keeps
paragraph breaks, and prefers the content of ``<main>``/``<article>`` when the page has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose whole content is dropped.
_SKIP = frozenset(
    "script style noscript template svg canvas iframe object nav header footer aside form "
    "button select textarea menu dialog head".split()
)
# Elements that start a new paragraph.
_BLOCK = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article main table tr td th "
    "blockquote pre figcaption figure address hr caption summary details".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_CONTENT_ROOTS = frozenset({"main", "article"})
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
)
_SPACE_RE = re.compile(r"[ \t\r\f\v\u00a0]+")
_HTML_SNIFF_RE = re.compile(
    r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(slots=True)
class HtmlPage:
    """What we keep of an HTML page."""

    text: str
    title: str | None
    date: str | None  # raw, not yet validated


def looks_like_html(text: str) -> bool:
    """True if the text starts like an HTML document."""
    return bool(_HTML_SNIFF_RE.match(text[:4096]))


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth = 0
        self.root_depth = 0
        self.pre_depth = 0
        # paragraphs as (inside main/article?, text)
        self.paras: list[tuple[bool, str]] = []
        self.buf: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1_parts: list[str] = []
        self.in_h1 = False
        self.h1_done = False
        self.meta_dates: dict[str, str] = {}
        self.time_date: str | None = None

    # -- structure
    def _flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        if self.pre_depth == 0:
            text = _SPACE_RE.sub(" ", text.replace("\n", " "))
        text = text.strip()
        if text:
            self.paras.append((self.root_depth > 0, text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content"):
                self.meta_dates.setdefault(key, a["content"])
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "time" and self.time_date is None and a.get("datetime"):
            self.time_date = a["datetime"]
        if tag in _VOID:
            if tag in _BLOCK and not self.skip_depth:
                self._flush()
            return
        self.stack.append(tag)
        if self.skip_depth or tag in _SKIP:
            self.skip_depth += 1
            return
        if tag in _BLOCK:
            self._flush()
        if tag in _CONTENT_ROOTS:
            self.root_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        if tag == "h1" and not self.h1_done:
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _VOID or tag not in self.stack:
            return  # stray end tag
        # close everything opened after this tag too (unclosed <p>, <li>...)
        while self.stack:
            open_tag = self.stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if tag in _BLOCK:
            self._flush()
        if tag in _CONTENT_ROOTS:
            self.root_depth -= 1
        if tag == "pre":
            self.pre_depth -= 1
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1_done = True

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        self.buf.append(data)
        if self.in_h1:
            self.h1_parts.append(data)

    def result(self) -> HtmlPage:
        self._flush()
        in_root = [t for inside, t in self.paras if inside]
        paras = in_root if in_root else [t for _, t in self.paras]
        title = _clean(" ".join(self.h1_parts)) or _clean(" ".join(self.title_parts)) or None
        date = next((self.meta_dates[k] for k in _DATE_META if k in self.meta_dates), None)
        return HtmlPage(text="\n\n".join(paras), title=title, date=date or self.time_date)


def _clean(s: str) -> str:
    return _SPACE_RE.sub(" ", s.replace("\n", " ")).strip()


def extract_html(html: str) -> HtmlPage:
    """Extract the main text (paragraphs separated by blank lines), title and raw date."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    return parser.result()
