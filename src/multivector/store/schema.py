"""Table definitions (SQLAlchemy Core) for the event store.

These mirror the Alembic migrations under ``migrations/versions``; the migrations create the
tables, these objects are what the queries are written against.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(255), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("date", String(10)),
    Column("text", Text, nullable=False),
    Column("source_path", Text),
    Column("status", String(16), nullable=False, default="accepted"),
    Column("n_sentences", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
    # Fetched articles (migration 0004_fetch): outlet, publication and fetch times, story.
    Column("outlet", Text),
    Column("published", String(32)),
    Column("fetched_at", String(32)),
    Column("story_id", String(64)),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("code", String(64), primary_key=True),
    Column("country", String(8)),
    Column("name", Text),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_id", Integer, nullable=False),
    Column("idx", Integer, nullable=False, default=0),
    Column("sentence", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False, default=0),
    Column("source_code", String(64), ForeignKey("actors.code"), nullable=False),
    Column("source_text", Text),
    Column("source_country", String(8)),
    Column("source_root", String(64), nullable=False),
    Column("target_code", String(64), ForeignKey("actors.code")),
    Column("target_text", Text),
    Column("target_country", String(8)),
    Column("target_root", String(64)),
    Column("object", Text),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("plover", String(32)),
    Column("plover_mode", String(64)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("weight", Float, nullable=False, default=1.0),
    Column("date", String(10)),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("year", Integer),
    Column("date_precision", String(16)),
    Column("date_source", String(16)),
    Column("date_text", Text),
    Column("rule", Text),
    Column("verb", Text),
    Column("spans", Text),
    Column("not_an_event", Boolean, nullable=False, default=False),
    Column("corrected", Boolean, nullable=False, default=False),
)

event_history = Table(
    "event_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(32), nullable=False),
    Column("user", String(255), nullable=False),
    Column("at", String(32), nullable=False),
    Column("reason", Text),
    Column("before", Text, nullable=False),
    Column("after", Text, nullable=False),
)

failures = Table(
    "failures",
    metadata,
    Column("name", String(512), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("content_hash", String(64)),
    Column("failed_at", String(32), nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
)

DOC_STATUSES = ("pending", "accepted", "rejected")
