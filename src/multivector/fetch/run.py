"""One fetch round: discover -> fetch -> archive -> extract -> code and store -> stories.

Coding and storing go through :func:`multivector.store.ingest.ingest_documents`, the path of
``multivector ingest``: a text already stored is not coded or stored again, and a batch is
committed whole or not at all. A URL's outcome is recorded only after its document is committed,
and a feed's validators (ETag, Last-Modified) only at the end of the round, so a round killed at
any moment is resumed by the next one without losing or duplicating anything.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

from multivector.fetch.extract import Article, document_id, extract_article, to_document
from multivector.fetch.http import FetchOptions, FetchResult, PoliteClient
from multivector.fetch.sources import MAX_SITEMAP_DEPTH, Discovery, Entry, Source, discover
from multivector.fetch.stories import (
    StoryIndex,
    new_story_id,
    signature,
    story_settings,
    to_bytes,
    window_start,
)
from multivector.model import Document

Say = Callable[[str], None]


@dataclass(slots=True)
class RoundStats:
    """What one round did (URL outcomes, documents stored, stories, where the time went)."""

    sources: int = 0
    entries: int = 0
    skipped: int = 0  # settled by an earlier round: not asked again
    fetched: int = 0
    not_modified: int = 0
    robots_denied: int = 0
    too_large: int = 0
    not_html: int = 0
    failed: int = 0
    stored: int = 0
    duplicates: int = 0  # same text as a stored document
    events: int = 0
    new_stories: int = 0
    joined_stories: int = 0  # documents that joined an existing story
    fetch_seconds: float = 0.0  # summed over workers
    extract_seconds: float = 0.0  # summed over workers
    code_seconds: float = 0.0  # coding and storing (wall)
    seconds: float = 0.0
    stopped: bool = False
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (url, status) of pages

    def count(self, status: str) -> None:
        key = status.split(":", 1)[0].replace("-", "_")
        if hasattr(self, key) and key not in ("stored", "events"):
            setattr(self, key, getattr(self, key) + 1)

    def summary(self) -> str:
        return (f"{self.sources} sources, {self.entries} article URLs ({self.skipped} already "
                f"done): {self.fetched} fetched, {self.not_modified} not modified, "
                f"{self.robots_denied} robots-denied, {self.too_large} too large, {self.not_html} "
                f"not HTML, {self.failed} failed; stored {self.stored} documents "
                f"({self.events} events, {self.duplicates} same text as a stored one); stories: "
                f"{self.new_stories} new, {self.joined_stories} documents joined one; "
                f"{self.seconds:.1f}s")  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("outcomes")
        return d


def _outcome_line(status: str, url: str, reason: str | None) -> str:
    """``failed: URL: reason`` or ``too-large: URL (reason)``."""
    if status.startswith("failed"):
        return f"failed: {url}: {status.split(':', 1)[1] if ':' in status else reason}"
    return f"{status}: {url}" + (f" ({reason})" if reason else "")


class StopFlag:
    """Set by a signal handler; the round stops between documents.

    A plain attribute, not a ``threading.Event``: a handler that took the event's lock while
    the interrupted main thread held it would deadlock.
    """

    def __init__(self) -> None:
        self._set = False

    def set(self) -> None:
        self._set = True

    def __bool__(self) -> bool:
        return self._set

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` in short slices; True as soon as the flag is set."""
        end = time.monotonic() + seconds
        while not self._set and (left := end - time.monotonic()) > 0:
            time.sleep(min(left, 0.1))
        return self._set


@dataclass(slots=True)
class _Item:
    entry: Entry
    result: FetchResult
    article: Article | None = None
    sig: Any = None
    doc: Document | None = None


def _bounded_map(fn: Callable[[Any], Any], items: Iterable[Any], workers: int,
                 stop: StopFlag) -> Iterator[Any]:  # fmt: skip
    """``fn`` over ``items`` in ``workers`` threads, in order, at most 2 x workers in flight."""
    if workers <= 1:
        for item in items:
            if stop:
                return
            yield fn(item)
        return
    with ThreadPoolExecutor(workers, thread_name_prefix="fetch") as pool:
        window: list[Future[Any]] = []
        for item in items:
            if stop:
                break
            window.append(pool.submit(fn, item))
            if len(window) >= 2 * workers:
                yield window.pop(0).result()
        for fut in window:
            if stop:
                fut.cancel()
                continue
            yield fut.result()


class FetchRound:
    """The state of one round (create one per round; see :func:`fetch_round`)."""

    def __init__(self, store: Any, coder: Any, *, options: FetchOptions, workers: int = 1,
                 batch_size: int = 16, say: Say | None = None, stop: StopFlag | None = None,
                 coder_factory: Callable[[], Any] | None = None,
                 client: PoliteClient | None = None,
                 progress: Callable[[RoundStats], None] | None = None) -> None:  # fmt: skip
        self.store, self.coder, self.options = store, coder, options
        self.workers, self.batch_size = workers, batch_size
        self.say = say or (lambda _msg: None)
        self.stop = stop if stop is not None else StopFlag()
        self.coder_factory = coder_factory
        self.progress = progress
        self.client = client or PoliteClient(options)
        self.stats = RoundStats()
        self.cfg = story_settings()
        self.index: StoryIndex | None = None
        self._timing = threading.Lock()
        self._pending: dict[str, _Item] = {}

    # -- discovery -------------------------------------------------------------------------
    def discover(self, sources: list[Source]) -> tuple[list[Entry], dict[str, _Item], list]:
        """Entries of every source; pages given as sources come back already fetched."""
        entries: list[Entry] = []
        fetched_pages: dict[str, _Item] = {}
        source_records: list[tuple[Source, FetchResult, Discovery | None]] = []
        todo = [(s, 0) for s in sources]
        while todo and not self.stop:
            source, depth = todo.pop(0)
            self.stats.sources += 1
            rec = self.store.fetch_record(source.url) or {}
            res = self.client.get(source.url, etag=rec.get("etag"),
                                  last_modified=rec.get("last_modified"))  # fmt: skip
            if res.outcome == "not-modified" and rec.get("kind") == "page":
                # a page given as a source, unchanged
                self.stats.count("not-modified")
                self.store.record_fetch(source.url, "not-modified", kind="page",
                                        source=source.name, http_status=res.status)  # fmt: skip
                continue
            if res.outcome != "fetched":
                source_records.append((source, res, None))
                continue
            self._archive(res)
            found = discover(res.body, res.content_type, source)
            if found.problem:
                source_records.append((source, res, found))
                continue
            if found.kind == "page":
                entry = Entry(source.url, source.outlet, source.name)
                fetched_pages[source.url] = _Item(entry, res)
                entries.append(entry)
                continue
            if found.kind == "sitemapindex":
                if depth + 1 < MAX_SITEMAP_DEPTH:
                    todo.extend((Source(e.url, name=source.name, outlet=source.outlet,
                                        kind="sitemap"), depth + 1) for e in found.entries)  # fmt: skip
            else:
                entries.extend(found.entries)
            if found.note:
                self.say(f"note: {source.url}: {found.note}")
            source_records.append((source, res, found))
        return entries, fetched_pages, source_records

    def _record_sources(self, records: list) -> None:
        for source, res, found in records:
            status = res.status_text
            reason = res.reason or None
            if found is not None and found.problem:
                status, reason = f"failed:{found.problem}", found.problem
            elif found is not None:
                reason = found.note
            self.store.record_fetch(
                source.url, status, reason=reason, source=source.name, outlet=source.outlet,
                kind=found.kind if found is not None else None, http_status=res.status,
                etag=res.header("etag"), last_modified=res.header("last-modified"),
                fetched_at=res.fetched_at,
            )  # fmt: skip
            if status.startswith("failed") or status in ("robots-denied", "too-large"):
                self.say(_outcome_line(status, source.url, reason))
                self.stats.count(status)

    # -- fetching and extracting -----------------------------------------------------------
    def _archive(self, res: FetchResult) -> None:
        self.store.archive_response(res.url, res.body, final_url=res.final_url,
                                    http_status=res.status, headers=res.headers,
                                    fetched_at=res.fetched_at)  # fmt: skip

    def _work(self, job: tuple[Entry, _Item | None]) -> _Item:
        entry, item = job
        if item is None:
            t0 = time.perf_counter()
            res = self.client.get(entry.url)
            fetch_s = time.perf_counter() - t0
            item = _Item(entry, res)
            if res.outcome == "fetched":
                self._archive(res)
        else:
            fetch_s = 0.0
        t1 = time.perf_counter()
        res = item.result
        if res.outcome == "fetched":
            try:
                item.article = extract_article(res.body, entry.url, res.content_type, res.charset,
                                               feed_date=entry.published, feed_title=entry.title)  # fmt: skip
            except Exception as exc:  # noqa: BLE001 - one page's extraction must not end the round
                item.article = Article(entry.url, outcome="failed",
                                       problem=f"extraction failed: {type(exc).__name__}: {exc}"[:300])  # fmt: skip
            if item.article.problem is None:
                item.doc = to_document(item.article, document_id(entry.url))
                item.sig = signature(item.doc.text, self.cfg)
        with self._timing:
            self.stats.fetch_seconds += fetch_s
            self.stats.extract_seconds += time.perf_counter() - t1
        return item

    def _record_page(self, item: _Item, status: str, reason: str | None,
                     doc_id: str | None = None) -> None:  # fmt: skip
        res = item.result
        self.store.record_fetch(
            item.entry.url, status, reason=reason, source=item.entry.source,
            outlet=item.entry.outlet, kind="page", http_status=res.status,
            etag=res.header("etag"), last_modified=res.header("last-modified"), doc_id=doc_id,
            fetched_at=res.fetched_at,
        )  # fmt: skip
        self.stats.count(status)
        self.stats.outcomes.append((item.entry.url, status))
        if self.progress is not None:
            self.progress(self.stats)
        if status not in ("fetched", "not-modified"):
            self.say(_outcome_line(status, item.entry.url, reason))

    def _documents(self, jobs: list[tuple[Entry, _Item | None]]) -> Iterator[Document]:
        for item in _bounded_map(self._work, jobs, self.workers, self.stop):
            res, article = item.result, item.article
            if res.outcome != "fetched":
                self._record_page(item, res.status_text, res.reason or None)
            elif article is not None and article.problem is not None:
                status = "not-html" if article.outcome == "not-html" else f"failed:{article.problem}"
                self._record_page(item, status, article.problem)
            elif item.doc is not None:
                self._pending[item.doc.id] = item
                yield item.doc
            if self.stop:
                return

    # -- storing and stories ---------------------------------------------------------------
    def _finalize(self, item: _Item, stored_id: str) -> None:
        doc, article = item.doc, item.article
        assert doc is not None and article is not None
        self.store.set_document_origin(stored_id, url=doc.url, outlet=item.entry.outlet,
                                       published=article.published,
                                       fetched_at=item.result.fetched_at)  # fmt: skip
        self._record_page(item, "fetched", article.note or None, doc_id=stored_id)
        index = self._index()
        story = self.store.document_story(stored_id)
        if story is None:
            story = index.assign(stored_id, item.sig)
            if story == new_story_id(stored_id):
                self.stats.new_stories += 1
            else:
                self.stats.joined_stories += 1
            self.store.assign_story(stored_id, story,
                                    to_bytes(item.sig) if item.sig is not None else None,
                                    title=doc.title)  # fmt: skip
        else:
            self.store.recount_story(story)

    def _index(self) -> StoryIndex:
        """The story index, built on first use; documents stored by ``ingest`` (or before a
        crash) in the story window and in no story yet are signed and placed first."""
        if self.index is None:
            self.index = StoryIndex.from_store(self.store, self.cfg)
            for doc_id, text, title in self.store.unsigned_documents(window_start(self.cfg)):
                if doc_id in self._pending:
                    continue
                sig = signature(text, self.cfg)
                story = self.index.assign(doc_id, sig)
                self.store.assign_story(doc_id, story, to_bytes(sig) if sig is not None else None,
                                        title=title)  # fmt: skip
        return self.index

    def _settle(self, final: bool = False) -> None:
        for doc_id, item in list(self._pending.items()):
            assert item.doc is not None
            stored = self.store.document_with_hash(item.doc.content_hash)
            if stored is not None:
                del self._pending[doc_id]
                self._finalize(item, stored)
            elif final and not self.stop:
                del self._pending[doc_id]
                self._record_page(item, "failed:not stored", "not stored")

    def run(self, sources: list[Source]) -> RoundStats:
        from multivector.store.ingest import ingest_documents

        t0 = time.perf_counter()
        entries, fetched_pages, source_records = self.discover(sources)
        seen: set[str] = set()
        unique = [e for e in entries if not (e.url in seen or seen.add(e.url))]
        self.stats.entries = len(unique)
        settled = self.store.settled_urls([e.url for e in unique if e.url not in fetched_pages])
        self.stats.skipped = len(settled)
        jobs = [(e, fetched_pages.get(e.url)) for e in unique if e.url not in settled]

        def on_problem(name: str, reason: str) -> None:
            item = self._pending.pop(name, None)
            if item is not None:
                self._record_page(item, f"failed:{reason}", reason)

        def on_commit(stats: Any, _seen: int) -> None:
            self._settle()

        if jobs:
            self._index()  # before any new document is stored: it signs older ones first
        t1 = time.perf_counter()
        ingest = ingest_documents(
            self.store, self._documents(jobs), self.coder, batch_size=self.batch_size,
            workers=self.workers, coder_factory=self.coder_factory, progress=on_commit,
            on_problem=on_problem,
        )  # fmt: skip
        self._settle(final=True)
        self.stats.code_seconds = max(0.0, time.perf_counter() - t1 - self.stats.fetch_seconds
                                      / max(self.workers, 1) - self.stats.extract_seconds
                                      / max(self.workers, 1))  # fmt: skip
        if not self.stop:
            self._record_sources(source_records)
        self.stats.stored = ingest.documents
        self.stats.duplicates = ingest.duplicates
        self.stats.events = ingest.events
        self.stats.stopped = bool(self.stop)
        self.stats.seconds = time.perf_counter() - t0
        return self.stats


def fetch_round(store: Any, sources: list[Source], coder: Any, *,
                options: FetchOptions | None = None, **kw: Any) -> RoundStats:  # fmt: skip
    """Run one round over ``sources`` (see :class:`FetchRound` for the keywords)."""
    r = FetchRound(store, coder, options=options or FetchOptions(), **kw)
    try:
        return r.run(sources)
    finally:
        r.client.close()
