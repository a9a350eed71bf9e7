"""Tables of the news fetcher (migration ``0004_fetch``): per-URL fetch records, the archive of
raw responses, stories and the documents' MinHash signatures."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from multivector.store.schema import metadata

fetch_log = Table(
    "fetch_log",
    metadata,
    Column("url", String(2048), primary_key=True),
    Column("source", Text),
    Column("outlet", Text),
    Column("kind", String(16)),  # feed | sitemap | page
    Column("status", Text, nullable=False),  # "fetched", "not-modified", "failed:<reason>", ...
    Column("reason", Text),
    Column("http_status", Integer),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", String(32), nullable=False),
    Column("doc_id", String(255)),
    Column("attempts", Integer, nullable=False, default=1),
)

archive = Table(
    "archive",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", String(2048), nullable=False),
    Column("final_url", String(2048)),
    Column("http_status", Integer),
    Column("headers", Text, nullable=False),  # JSON list of [name, value]
    Column("fetched_at", String(32), nullable=False),
    Column("body", LargeBinary, nullable=False),  # gzip-compressed
    Column("body_sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    UniqueConstraint("url", "body_sha256", name="uq_archive_url_body"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("first_doc_id", String(255), nullable=False),
    Column("title", Text),
    Column("first_seen", String(32), nullable=False),
    Column("n_documents", Integer, nullable=False, default=1),
    Column("n_articles", Integer, nullable=False, default=1),
    Column("n_outlets", Integer, nullable=False, default=1),
)

document_signatures = Table(
    "document_signatures",
    metadata,
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
    Column("added_at", String(32), nullable=False),
)
