"""A fetch record's status carries its reason ("failed:redirect loop at URL"): text, not
VARCHAR(32), which PostgreSQL enforced (SQLite does not check lengths).

Revision ID: 0006_fetch_status_text
Revises: 0005_one_visibility_rule
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_fetch_status_text"
down_revision = "0005_one_visibility_rule"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("fetch_log", "status", type_=sa.Text(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("fetch_log", "status", type_=sa.String(32), existing_nullable=False)
