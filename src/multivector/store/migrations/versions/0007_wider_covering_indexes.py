"""The per-actor covering indexes also hold ``date_end`` and ``year``: an actor's profile
(counts per year and partner) and its orientation per period (which compares a date's first
and last day) are then answered from the index alone, without reading the events' rows.

Revision ID: 0007_wider_covering_indexes
Revises: 0006_fetch_status_text
"""

from __future__ import annotations

from alembic import op

revision = "0007_wider_covering_indexes"
down_revision = "0006_fetch_status_text"
branch_labels = None
depends_on = None

_OLD = ["date_start", "quad_class", "goldstein", "weight", "not_an_event", "doc_id"]
_NEW = [*_OLD, "date_end", "year"]


def _recreate(columns: list[str]) -> None:
    for name, lead in (("ix_events_source_cover", ["source_root", "target_root"]),
                       ("ix_events_target_cover", ["target_root", "source_root"])):  # fmt: skip
        op.drop_index(name, table_name="events")
        op.create_index(name, "events", [*lead, *columns])


def upgrade() -> None:
    _recreate(_NEW)


def downgrade() -> None:
    _recreate(_OLD)
