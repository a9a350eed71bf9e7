"""The community tables (accounts, sessions, API tokens, comments, questions, answers,
contributions, correction proposals, moderation decisions): their one runtime definition.

The Alembic migration ``0002_community`` is their written history and creates them;
``tests/store/test_community_schema.py`` checks (with Alembic's autogenerate comparison) that
these objects and the migrated schema agree. :mod:`multivector.store.community` reads and
writes them.
"""

from __future__ import annotations

import sqlalchemy as sa

ROLES = ("reader", "contributor", "moderator", "admin")
ROLE_RANK = {role: i for i, role in enumerate(ROLES)}
TARGET_KINDS = ("document", "event", "actor", "dyad")

metadata = sa.MetaData()

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("role", sa.String(16), nullable=False, server_default="contributor"),
    sa.Column("is_active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

user_sessions = sa.Table(
    "user_sessions",
    metadata,
    # sha256 of the cookie value: a leaked database does not yield live sessions.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

comments = sa.Table(
    "comments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("target_kind", sa.String(16), nullable=False),
    sa.Column("target_id", sa.String(200), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, server_default="visible"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_comments_target", "target_kind", "target_id"),
)

questions = sa.Table(
    "questions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("target_kind", sa.String(16), nullable=True),
    sa.Column("target_id", sa.String(200), nullable=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("accepted_answer_id", sa.Integer, nullable=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="open"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_questions_target", "target_kind", "target_id"),
)

answers = sa.Table(
    "answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("question_id", sa.Integer, sa.ForeignKey("questions.id"), nullable=False, index=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, server_default="visible"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

contributions = sa.Table(
    "contributions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("doc_id", sa.String(200), nullable=False, index=True),
    sa.Column("title", sa.String(300), nullable=True),
    sa.Column("source", sa.String(300), nullable=False),
    sa.Column("url", sa.String(1000), nullable=True),
    sa.Column("date", sa.String(10), nullable=True),
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("problem", sa.Text, nullable=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="pending", index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
)

correction_proposals = sa.Table(
    "correction_proposals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("event_id", sa.String(64), nullable=False, index=True),
    sa.Column("changes", sa.Text, nullable=False),  # JSON object field -> new value
    sa.Column("not_event", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, server_default="pending", index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
)

moderation_decisions = sa.Table(
    "moderation_decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("item_kind", sa.String(16), nullable=False),  # contribution|correction|comment|answer
    sa.Column("item_id", sa.Integer, nullable=False),
    sa.Column("moderator_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),  # accept|reject|hide
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_moderation_item", "item_kind", "item_id"),
)
