"""One visibility rule: ``documents.status`` decides which documents are public; the
``hidden_documents`` copy of the non-accepted ones (kept in step by every writer) goes.

Revision ID: 0005_one_visibility_rule
Revises: 0004_fetch
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_one_visibility_rule"
down_revision = "0004_fetch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("hidden_documents")


def downgrade() -> None:
    op.create_table(
        "hidden_documents",
        sa.Column(
            "doc_id",
            sa.String(255),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.execute(
        "INSERT INTO hidden_documents (doc_id, status) "
        "SELECT id, status FROM documents WHERE status <> 'accepted'"
    )
