"""Events dated more vaguely than a year (a decade, "199") have no ``year``: they were stored
with their first year (1990) and so counted in that year's charts and tables (issue 10).

Revision ID: 0003_vague_years
Revises: 0002_community
"""

from __future__ import annotations

from alembic import op

revision = "0003_vague_years"
down_revision = "0002_community"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE events SET year = NULL WHERE date_start IS NOT NULL "
        "AND substr(date_start, 1, 4) <> substr(date_end, 1, 4)"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE events SET year = CAST(substr(date_start, 1, 4) AS INTEGER) "
        "WHERE date_start IS NOT NULL AND year IS NULL"
    )
