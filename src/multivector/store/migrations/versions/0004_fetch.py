"""Following the news (issue 12): fetch records per URL, the archive of raw responses, stories,
MinHash signatures, and the documents' url/outlet/published/fetched_at/story_id.

Revision ID: 0004_fetch
Revises: 0003_dates_and_countries
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_fetch"
down_revision = "0003_dates_and_countries"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fetch_log",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("source", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("kind", sa.String(16)),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("http_status", sa.Integer),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("fetched_at", sa.String(32), nullable=False),
        sa.Column("doc_id", sa.String(255)),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_fetch_log_doc", "fetch_log", ["doc_id"])
    op.create_index("ix_fetch_log_source", "fetch_log", ["source"])
    op.create_table(
        "archive",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("final_url", sa.String(2048)),
        sa.Column("http_status", sa.Integer),
        sa.Column("headers", sa.Text, nullable=False),
        sa.Column("fetched_at", sa.String(32), nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.UniqueConstraint("url", "body_sha256", name="uq_archive_url_body"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("first_doc_id", sa.String(255), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("first_seen", sa.String(32), nullable=False),
        sa.Column("n_documents", sa.Integer, nullable=False, server_default="1"),
        sa.Column("n_articles", sa.Integer, nullable=False, server_default="1"),
        sa.Column("n_outlets", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_stories_multi", "stories", ["n_documents"])
    op.create_table(
        "document_signatures",
        sa.Column(
            "doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
    )
    # Plain ADD COLUMN (nullable): SQLite keeps the table, its triggers and foreign keys.
    op.add_column("documents", sa.Column("outlet", sa.Text))
    op.add_column("documents", sa.Column("published", sa.String(32)))
    op.add_column("documents", sa.Column("fetched_at", sa.String(32)))
    op.add_column("documents", sa.Column("story_id", sa.String(64)))
    op.create_index("ix_documents_story", "documents", ["story_id"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])


def downgrade() -> None:
    op.drop_index("ix_documents_outlet", "documents")
    op.drop_index("ix_documents_story", "documents")
    with op.batch_alter_table("documents") as batch:
        for name in ("story_id", "fetched_at", "published", "outlet"):
            batch.drop_column(name)
    for name in ("document_signatures", "stories", "archive", "fetch_log"):
        op.drop_table(name)
