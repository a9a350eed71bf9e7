"""Core tables: documents, sentences (with full-text search), actors, events, audit, failures.

Revision ID: 0001_core
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("status", sa.String(16), nullable=False, server_default="accepted"),
        sa.Column("n_sentences", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_status", "documents", ["status"])
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sentence_id", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.UniqueConstraint("doc_id", "sentence_id", name="uq_sentences_doc_sentence"),
    )
    op.create_table(
        "actors",
        sa.Column("code", sa.String(64), primary_key=True),
        sa.Column("country", sa.String(8)),
        sa.Column("name", sa.Text),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column(
            "doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sentence_id", sa.Integer, nullable=False),
        sa.Column("idx", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False, server_default="0"),
        sa.Column("source_code", sa.String(64), sa.ForeignKey("actors.code"), nullable=False),
        sa.Column("source_text", sa.Text),
        sa.Column("source_country", sa.String(8)),
        sa.Column("source_root", sa.String(64), nullable=False),
        sa.Column("target_code", sa.String(64), sa.ForeignKey("actors.code")),
        sa.Column("target_text", sa.Text),
        sa.Column("target_country", sa.String(8)),
        sa.Column("target_root", sa.String(64)),
        sa.Column("object", sa.Text),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("cameo_root", sa.String(2), nullable=False),
        sa.Column("plover", sa.String(32)),
        sa.Column("plover_mode", sa.String(64)),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        # max(|goldstein|, 1): the event's weight in cooperation/conflict aggregates.
        sa.Column("weight", sa.Float, nullable=False, server_default="1"),
        sa.Column("date", sa.String(10)),
        sa.Column("date_start", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("year", sa.Integer),
        sa.Column("date_precision", sa.String(16)),
        sa.Column("date_source", sa.String(16)),
        sa.Column("date_text", sa.Text),
        sa.Column("rule", sa.Text),
        sa.Column("verb", sa.Text),
        sa.Column("spans", sa.Text),
        sa.Column("not_an_event", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("corrected", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_events_doc", "events", ["doc_id", "sentence_id"])
    # Covering indexes: per-actor and per-dyad aggregates (orientation, series, networks) read
    # only the index, never the table. They also serve the actor/target/dyad filters.
    covering = ["date_start", "quad_class", "goldstein", "weight", "not_an_event", "doc_id"]
    op.create_index("ix_events_source_cover", "events", ["source_root", "target_root", *covering])
    op.create_index("ix_events_target_cover", "events", ["target_root", "source_root", *covering])
    op.create_index("ix_events_source_code", "events", ["source_code"])
    op.create_index("ix_events_target_code", "events", ["target_code"])
    op.create_index("ix_events_date", "events", ["date_start"])
    op.create_index("ix_events_cameo", "events", ["cameo"])
    op.create_index("ix_events_plover", "events", ["plover"])
    # Documents that are not "accepted" (few): default queries exclude them without a join.
    # Kept in step with documents.status by Store.add_coded_documents/set_document_status.
    op.create_table(
        "hidden_documents",
        sa.Column(
            "doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "event_history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(32), nullable=False),
        sa.Column("user", sa.String(255), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("before", sa.Text, nullable=False),
        sa.Column("after", sa.Text, nullable=False),
    )
    op.create_index("ix_event_history_event", "event_history", ["event_id"])
    op.create_table(
        "failures",
        sa.Column("name", sa.String(512), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("failed_at", sa.String(32), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    )

    if dialect == "sqlite":
        # External-content FTS5 index over sentences, kept in sync by triggers.
        op.execute(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5("
            "text, content='sentences', content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN "
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER sentences_fts_au AFTER UPDATE ON sentences BEGIN "
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
            "VALUES ('delete', old.id, old.text); "
            "INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE sentences ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
        op.execute("CREATE INDEX ix_sentences_tsv ON sentences USING GIN (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("sentences_fts_ai", "sentences_fts_ad", "sentences_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS sentences_fts")
    for table in ("failures", "event_history", "hidden_documents", "events", "actors", "sentences",
                  "documents"):  # fmt: skip
        op.drop_table(table)
