"""An article from a fetched page: text, title, author and publication date.

``trafilatura`` extracts the main text and metadata; ``htmldate`` finds a date it missed; when
either is not installed or finds no text, our own HTML reader (``multivector.ingest.html``)
does the work. The publication date becomes the document date that anchors relative dates.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from multivector.ingest.html import extract_html
from multivector.ingest.text import InputError, check_text, clean_text, normalise_date
from multivector.model import Document

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "")


@dataclass(slots=True)
class Article:
    """What was extracted from one page (``problem`` set when there is no usable article)."""

    url: str
    text: str = ""
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    extractor: str = ""  # trafilatura | html
    note: str = ""  # e.g. invalid UTF-8 replaced
    problem: str | None = None
    outcome: str = "fetched"  # fetched | not-html | failed


def document_id(url: str) -> str:
    """A stable document id for a URL: its host and a short hash of the whole URL
    (``example.org:1a2b...``; no slash, so it is one path segment of the web app's URLs)."""
    host = urlsplit(url).hostname or "web"
    return f"{host}:{hashlib.sha1(url.encode('utf-8')).hexdigest()[:16]}"


def decode_page(body: bytes, charset: str | None) -> tuple[str, str]:
    """Text of a page and a note: the declared charset (header, else ``<meta>``), else UTF-8;
    bytes that do not decode are replaced (U+FFFD) and the note says how many."""
    if charset is None:
        m = _META_CHARSET.search(body[:4096])
        charset = m.group(1).decode("ascii", "replace") if m else "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    text = body.decode(charset, errors="replace")
    bad = text.count("\ufffd") - body.decode(charset, errors="ignore").count("\ufffd")
    return text, (f"invalid {charset} ({bad} characters replaced)" if bad else "")


def is_html_type(content_type: str) -> bool:
    return content_type in _HTML_TYPES or content_type.endswith("+xml") and "html" in content_type


def _trafilatura(html: str, url: str) -> tuple[str, str | None, str | None, str | None] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)  # fmt: skip
    except Exception:  # noqa: BLE001 - a page trafilatura cannot handle falls back to ours
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    return doc.text, doc.title, doc.author, doc.date


def _htmldate(html: str) -> str | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        return find_date(html, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - no date is an answer
        return None


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalise_date(value.strip()[:10])
    except (InputError, ValueError):
        return None


def extract_article(body: bytes, url: str, content_type: str = "", charset: str | None = None,
                    feed_date: str | None = None, feed_title: str | None = None) -> Article:  # fmt: skip
    """Extract the article of a page; ``feed_date``/``feed_title`` (from a feed entry) are used
    when the page has none. A PDF, an image or any non-HTML page is ``not-html``."""
    if not is_html_type(content_type) and not body.lstrip()[:1] == b"<":
        return Article(url, outcome="not-html", problem=f"not HTML ({content_type or 'unknown type'})")
    if body[:5] == b"%PDF-" or body[:4] in (b"\x89PNG", b"GIF8") or body[:3] == b"\xff\xd8\xff":
        return Article(url, outcome="not-html", problem="not HTML (binary content)")
    html, note = decode_page(body, charset)
    if "\x00" in html[:8192]:
        return Article(url, outcome="not-html", problem="not HTML (contains NUL bytes)")
    found = _trafilatura(html, url)
    if found is not None:
        text, title, author, date = found
        extractor = "trafilatura"
    else:
        page = extract_html(html)
        text, title, author, date, extractor = page.text, page.title, None, page.date, "html"
    published = _valid_date(date) or _valid_date(_htmldate(html)) or _valid_date(feed_date)
    try:
        text = check_text(clean_text(text))
    except InputError as exc:
        return Article(url, outcome="failed", problem=str(exc), note=note)
    return Article(url, text=text, title=title or feed_title, author=author, published=published,
                   extractor=extractor, note=note)  # fmt: skip


def to_document(article: Article, doc_id: str | None = None) -> Document:
    """The :class:`Document` to code: dated by the publication date."""
    return Document(id=doc_id or document_id(article.url), text=article.text,
                    date=article.published, title=article.title, url=article.url,
                    source_path=article.url)  # fmt: skip
