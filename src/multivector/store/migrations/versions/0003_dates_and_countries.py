"""Issue 10's data fixes for stores written before it.

- An event dated more vaguely than a year (a decade, "199") has no ``year``: it was stored
  with its first year (1990) and so counted in that year's charts and tables.
- An actor whose code begins with one of CAMEO's historical country codes (USR, YUG, CSK, DDR,
  SCG, KSV), stored without a country (a correction to ``USRGOV``: pycountry does not know
  them), gets that country as its country and root, so it counts for ``USR`` everywhere.

Revision ID: 0003_dates_and_countries
Revises: 0002_community
"""

from __future__ import annotations

from alembic import op

revision = "0003_dates_and_countries"
down_revision = "0002_community"
branch_labels = None
depends_on = None

#: CAMEO's country codes that are not ISO 3166-1 codes (facts; the actor table lists them).
HISTORICAL = ("USR", "YUG", "CSK", "DDR", "SCG", "KSV")


def upgrade() -> None:
    op.execute(
        "UPDATE events SET year = NULL WHERE date_start IS NOT NULL "
        "AND substr(date_start, 1, 4) <> substr(date_end, 1, 4)"
    )
    for code in HISTORICAL:
        for side in ("source", "target"):
            op.execute(
                f"UPDATE events SET {side}_country = '{code}', {side}_root = '{code}' "
                f"WHERE {side}_country IS NULL AND substr({side}_code, 1, 3) = '{code}'"
            )
        op.execute(
            f"UPDATE actors SET country = '{code}' "
            f"WHERE country IS NULL AND substr(code, 1, 3) = '{code}'"
        )


def downgrade() -> None:
    # The years come back; the countries stay (they were right, not a schema change).
    op.execute(
        "UPDATE events SET year = CAST(substr(date_start, 1, 4) AS INTEGER) "
        "WHERE date_start IS NOT NULL AND year IS NULL"
    )
