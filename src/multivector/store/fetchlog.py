"""What the news fetcher decided per URL, the archive of raw responses, and where a document
came from (mixed into :class:`multivector.store.core.Store`)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, update

from multivector.store import fetch_schema as F
from multivector.store import schema as S
from multivector.store.dates import utc_now

#: Outcomes after which a URL is not fetched again by a later round (pages do not change much;
#: feeds and sitemaps are always asked again, conditionally).
SETTLED = ("fetched", "not-modified", "robots-denied", "too-large", "not-html")


class FetchLogMixin:
    """Per-URL fetch records, the archive and document origins."""

    engine: Any
    dialect: str

    # -- fetch records ---------------------------------------------------------------------
    def record_fetch(self, url: str, status: str, *, reason: str | None = None,
                     source: str | None = None, outlet: str | None = None,
                     kind: str | None = None, http_status: int | None = None,
                     etag: str | None = None, last_modified: str | None = None,
                     doc_id: str | None = None, fetched_at: str | None = None) -> None:  # fmt: skip
        """Upsert the record of ``url``: its latest outcome, validators and document; a
        not-modified answer keeps the validators and document already recorded."""
        values = {
            "url": url, "source": source, "outlet": outlet, "kind": kind, "status": status,
            "reason": reason, "http_status": http_status, "etag": etag,
            "last_modified": last_modified, "fetched_at": fetched_at or utc_now(),
            "doc_id": doc_id, "attempts": 1,
        }  # fmt: skip
        stmt = self._insert(F.fetch_log).values(**values)
        keep = ("etag", "last_modified", "doc_id", "source", "outlet", "kind")
        changes: dict[str, Any] = {
            k: func.coalesce(stmt.excluded[k], F.fetch_log.c[k]) for k in keep
        }
        changes.update(status=stmt.excluded.status, reason=stmt.excluded.reason,
                       http_status=stmt.excluded.http_status, fetched_at=stmt.excluded.fetched_at,
                       attempts=F.fetch_log.c.attempts + 1)  # fmt: skip
        with self.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["url"], set_=changes))

    def fetch_record(self, url: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(F.fetch_log).where(F.fetch_log.c.url == url)).first()
        return dict(row._mapping) if row else None

    def fetch_records(self, source: str | None = None, status: str | None = None,
                      limit: int | None = None) -> list[dict[str, Any]]:  # fmt: skip
        """Fetch records, latest first; ``status`` matches the outcome's start (``failed``)."""
        stmt = select(F.fetch_log)
        if source:
            stmt = stmt.where(F.fetch_log.c.source == source)
        if status:
            stmt = stmt.where(F.fetch_log.c.status.like(status + "%"))
        stmt = stmt.order_by(F.fetch_log.c.fetched_at.desc(), F.fetch_log.c.url).limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def settled_urls(self, urls: list[str]) -> set[str]:
        """Those of ``urls`` that a previous round settled (see :data:`SETTLED`)."""
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(urls), 500):
                chunk = urls[i : i + 500]
                rows = conn.execute(select(F.fetch_log.c.url).where(
                    F.fetch_log.c.url.in_(chunk), F.fetch_log.c.status.in_(SETTLED),
                    F.fetch_log.c.kind == "page"))  # fmt: skip
                out.update(r[0] for r in rows)
        return out

    # -- the archive -----------------------------------------------------------------------
    def archive_response(self, url: str, body: bytes, *, final_url: str | None = None,
                         http_status: int | None = None, headers: list[tuple[str, str]] = (),
                         fetched_at: str | None = None) -> None:  # fmt: skip
        """Keep a raw response (gzip-compressed); the same body of the same URL is kept once."""
        digest = hashlib.sha256(body).hexdigest()
        stmt = self._insert(F.archive).values(
            url=url, final_url=final_url, http_status=http_status,
            headers=json.dumps([list(h) for h in headers]), fetched_at=fetched_at or utc_now(),
            body=gzip.compress(body, compresslevel=6), body_sha256=digest, size=len(body),
        ).on_conflict_do_nothing(index_elements=["url", "body_sha256"])  # fmt: skip
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def iter_archive(self, url: str | None = None) -> Iterator[dict[str, Any]]:
        """Archived responses, oldest first, with ``body`` decompressed and ``headers`` a list."""
        A = F.archive
        stmt = select(A).order_by(A.c.id)
        if url:
            stmt = stmt.where(A.c.url == url)
        with self.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True, yield_per=100).execute(stmt):
                item = dict(row._mapping)
                item["body"] = gzip.decompress(item["body"])
                item["headers"] = [tuple(h) for h in json.loads(item["headers"])]
                yield item

    def count_archive(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(F.archive)).scalar_one()

    # -- document origins ------------------------------------------------------------------
    def set_document_origin(self, doc_id: str, *, url: str | None, outlet: str | None,
                            published: str | None, fetched_at: str | None) -> None:  # fmt: skip
        """Where a stored document came from; fields already set are kept (the first article
        of a text stays its origin)."""
        D = S.documents
        with self.engine.begin() as conn:
            conn.execute(update(D).where(D.c.id == doc_id).values(
                url=func.coalesce(D.c.url, url), outlet=func.coalesce(D.c.outlet, outlet),
                published=func.coalesce(D.c.published, published),
                fetched_at=func.coalesce(D.c.fetched_at, fetched_at),
            ))  # fmt: skip
