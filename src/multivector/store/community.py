"""The community repository: reads and writes the community tables (accounts, sessions,
comments, questions, contributions, corrections, moderation decisions).

The tables are defined once, in :mod:`multivector.store.community_schema` (created by the
Alembic migration ``0002_community``). Nothing here is ever deleted: items are hidden or
rejected, with a moderation row. The web application's :class:`multivector.web.community.
Community` is this class with its user-name rules (look-alike names refused).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from multivector.store.community_schema import (  # noqa: F401  (re-exported)
    ROLE_RANK,
    ROLES,
    TARGET_KINDS,
    answers,
    api_tokens,
    comments,
    contributions,
    correction_proposals,
    metadata,
    moderation_decisions,
    questions,
    user_sessions,
    users,
)


def now() -> datetime:
    return datetime.now(UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything here is written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class CommunityError(ValueError):
    """A request the community layer refuses (bad input, not allowed, unknown item)."""


class NotFound(CommunityError):
    """The item asked for does not exist (or is not the asker's)."""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: str
    is_active: bool = True

    def can(self, role: str) -> bool:
        """True when this user's role is at least ``role``."""
        return self.is_active and ROLE_RANK[self.role] >= ROLE_RANK[role]


def _authored(table: Any, author: Any = None) -> Any:
    """SELECT the rows of ``table`` with their author's user name (``author``: the column
    holding the author's user id, ``user_id`` by default)."""
    author = table.c.user_id if author is None else author
    return sa.select(table, users.c.username).join(users, users.c.id == author)


def _correction(row: Any) -> dict[str, Any]:
    """A correction proposal as a dict, its JSON ``changes`` decoded."""
    d = dict(row._mapping)
    d["changes"] = json.loads(d["changes"])
    return d


def _user(row: Any) -> User:
    return User(id=row.id, username=row.username, role=row.role, is_active=bool(row.is_active))


class UserNames(Protocol):
    """How user names are normalised and which new names are refused."""

    def normalise(self, name: str) -> str: ...

    def problem(self, name: str, existing: list[str]) -> str | None: ...


class PlainNames:
    """The minimal user-name rule: NFKC, and no two names equal but for case."""

    @staticmethod
    def normalise(name: str) -> str:
        return unicodedata.normalize("NFKC", name).strip()

    @staticmethod
    def problem(name: str, existing: list[str]) -> str | None:
        taken = {e.casefold() for e in existing}
        return f"the name {name!r} is taken" if name.casefold() in taken else None


class Community:
    """Reads and writes the community tables on ``engine``; ``usernames`` decides which names
    are allowed (default :class:`PlainNames`)."""

    def __init__(
        self, engine: Engine, hasher: Any | None = None, usernames: UserNames | None = None
    ) -> None:
        from argon2 import PasswordHasher

        self.engine = engine
        self.hasher = hasher or PasswordHasher()
        self.names: UserNames = usernames or PlainNames()

    # -- accounts ----------------------------------------------------------------------------

    def create_user(self, username: str, password: str, role: str = "contributor") -> User:
        username = self.names.normalise(username)
        if not (3 <= len(username) <= 64) or not all(c.isalnum() or c in "._-" for c in username):
            raise CommunityError("username must be 3-64 letters, digits, '.', '_' or '-'")
        if len(password) < 8 or len(password) > 256:
            raise CommunityError("password must be 8-256 characters")
        if role not in ROLES:
            raise CommunityError(f"unknown role {role!r}")
        with self.engine.begin() as conn:
            # every name's skeleton is compared: look-alikes ("аdmin", "adm1n") are refused
            taken = self.names.problem(
                username, list(conn.execute(sa.select(users.c.username)).scalars())
            )
            if taken:
                raise CommunityError(taken)
            user_id = conn.execute(
                users.insert().values(
                    username=username,
                    password_hash=self.hasher.hash(password),
                    role=role,
                    is_active=True,
                    created_at=now(),
                )
            ).inserted_primary_key[0]
        return User(id=user_id, username=username, role=role)

    def authenticate(self, username: str, password: str) -> User | None:
        from argon2.exceptions import VerificationError

        with self.engine.connect() as conn:
            row = conn.execute(self._named(username)).first()
        if row is None or not row.is_active:
            # Hash anyway so a missing user costs the same time as a wrong password.
            self.hasher.hash(password)
            return None
        try:
            self.hasher.verify(row.password_hash, password)
        except VerificationError:
            return None
        if self.hasher.check_needs_rehash(row.password_hash):
            with self.engine.begin() as conn:
                conn.execute(
                    users.update()
                    .where(users.c.id == row.id)
                    .values(password_hash=self.hasher.hash(password))
                )
        return _user(row)

    def _named(self, username: str) -> Any:
        """The account whose name is ``username`` (names compare normalised, case-blind)."""
        return sa.select(users).where(
            sa.func.lower(users.c.username) == self.names.normalise(username).lower()
        )

    def get_user(self, user_id: int) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
        return _user(row) if row else None

    def get_user_by_name(self, username: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(self._named(username)).first()
        return _user(row) if row else None

    def list_users(self) -> list[User]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(sa.select(users).order_by(users.c.id))]

    def set_role(self, username: str, role: str) -> User:
        if role not in ROLES:
            raise CommunityError(f"unknown role {role!r}")
        user = self.get_user_by_name(username)
        if user is None:
            raise CommunityError(f"no user {username!r}")
        with self.engine.begin() as conn:
            conn.execute(users.update().where(users.c.id == user.id).values(role=role))
        return User(id=user.id, username=user.username, role=role, is_active=user.is_active)

    def set_active(self, username: str, active: bool) -> User:
        """Disable (or re-enable) an account: a disabled user cannot log in or use tokens."""
        user = self.get_user_by_name(username)
        if user is None:
            raise CommunityError(f"no user {username!r}")
        with self.engine.begin() as conn:
            conn.execute(users.update().where(users.c.id == user.id).values(is_active=active))
        return User(id=user.id, username=user.username, role=user.role, is_active=active)

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 8 or len(password) > 256:
            raise CommunityError("password must be 8-256 characters")
        user = self.get_user_by_name(username)
        if user is None:
            raise CommunityError(f"no user {username!r}")
        with self.engine.begin() as conn:
            conn.execute(
                users.update()
                .where(users.c.id == user.id)
                .values(password_hash=self.hasher.hash(password))
            )

    # -- sessions and API tokens ---------------------------------------------------------------

    def start_session(self, user: User, lifetime: timedelta) -> str:
        token = secrets.token_urlsafe(32)
        t = now()
        with self.engine.begin() as conn:
            conn.execute(
                user_sessions.insert().values(
                    token_hash=hash_token(token),
                    user_id=user.id,
                    created_at=t,
                    expires_at=t + lifetime,
                )
            )
        return token

    def session_user(self, token: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(users, user_sessions.c.expires_at, user_sessions.c.ended_at)
                .join(user_sessions, user_sessions.c.user_id == users.c.id)
                .where(user_sessions.c.token_hash == hash_token(token))
            ).first()
        if row is None or row.ended_at is not None or _aware(row.expires_at) < now():
            return None
        user = _user(row)
        return user if user.is_active else None

    def end_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                user_sessions.update()
                .where(user_sessions.c.token_hash == hash_token(token))
                .values(ended_at=now())
            )

    def create_api_token(self, user: User, name: str) -> str:
        name = name.strip()[:100] or "token"
        token = "mvt_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(
                api_tokens.insert().values(
                    user_id=user.id, token_hash=hash_token(token), name=name, created_at=now()
                )
            )
        return token

    def token_user(self, token: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(users)
                .join(api_tokens, api_tokens.c.user_id == users.c.id)
                .where(api_tokens.c.token_hash == hash_token(token))
                .where(api_tokens.c.revoked_at.is_(None))
            ).first()
        if row is None:
            return None
        user = _user(row)
        return user if user.is_active else None

    def list_api_tokens(self, user: User) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    api_tokens.c.id,
                    api_tokens.c.name,
                    api_tokens.c.created_at,
                    api_tokens.c.revoked_at,
                )
                .where(api_tokens.c.user_id == user.id)
                .order_by(api_tokens.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def revoke_api_token(self, user: User, token_id: int) -> None:
        """Revoke one of ``user``'s live tokens; NotFound when they have no such token."""
        with self.engine.begin() as conn:
            n = conn.execute(
                api_tokens.update()
                .where(api_tokens.c.id == token_id, api_tokens.c.user_id == user.id)
                .where(api_tokens.c.revoked_at.is_(None))
                .values(revoked_at=now())
            ).rowcount
        if n != 1:
            raise NotFound(f"you have no active API token {token_id}: nothing was revoked")

    # -- comments, questions, answers ----------------------------------------------------------

    @staticmethod
    def _check_target(kind: str | None, target_id: str | None) -> None:
        if kind is None and target_id is None:
            return
        if kind not in TARGET_KINDS or not target_id or len(target_id) > 200:
            raise CommunityError(
                "comments and questions attach to a document, event, actor or dyad"
            )

    @staticmethod
    def _check_body(body: str, limit: int) -> str:
        body = body.strip()
        if not body:
            raise CommunityError("the text is empty")
        if len(body) > limit:
            raise CommunityError(f"the text is longer than {limit} characters")
        return body

    def _post(
        self, table: sa.Table, user: User, kind: str | None, target_id: str | None, body: str,
        *, limit: int,
    ) -> int:
        """Store a comment or question on its target (target, then text checked); its id."""
        self._check_target(kind, target_id)
        body = self._check_body(body, limit)
        with self.engine.begin() as conn:
            return conn.execute(
                table.insert().values(
                    user_id=user.id, target_kind=kind, target_id=target_id, body=body,
                    created_at=now(),
                )
            ).inserted_primary_key[0]

    def add_comment(self, user: User, kind: str, target_id: str, body: str) -> int:
        return self._post(comments, user, kind, target_id, body, limit=5000)

    def list_comments(self, kind: str, target_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                _authored(comments)
                .where(comments.c.target_kind == kind, comments.c.target_id == target_id)
                .where(comments.c.status == "visible")
                .order_by(comments.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def add_question(
        self, user: User, body: str, kind: str | None = None, target_id: str | None = None
    ) -> int:
        return self._post(questions, user, kind, target_id, body, limit=2000)

    def list_questions(
        self, kind: str | None = None, target_id: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        n_answers = (
            sa.select(sa.func.count(answers.c.id))
            .where(answers.c.question_id == questions.c.id, answers.c.status == "visible")
            .scalar_subquery()
        )
        q = (
            _authored(questions)
            .add_columns(n_answers.label("n_answers"))
            .order_by(questions.c.id.desc())
            .limit(limit)
        )
        if kind is not None:
            q = q.where(questions.c.target_kind == kind, questions.c.target_id == target_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def get_question(self, question_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                _authored(questions)
                .where(questions.c.id == question_id)
            ).first()
            if row is None:
                return None
            q = dict(row._mapping)
            q["answers"] = [
                dict(r._mapping)
                for r in conn.execute(
                    _authored(answers)
                    .where(answers.c.question_id == question_id, answers.c.status == "visible")
                    .order_by(answers.c.id)
                )
            ]
        return q

    def add_answer(self, user: User, question_id: int, body: str) -> int:
        body = self._check_body(body, 5000)
        if self.get_question(question_id) is None:
            raise NotFound(f"no question {question_id}")
        with self.engine.begin() as conn:
            return conn.execute(
                answers.insert().values(
                    question_id=question_id, user_id=user.id, body=body, created_at=now()
                )
            ).inserted_primary_key[0]

    def accept_answer(self, user: User, question_id: int, answer_id: int) -> None:
        q = self.get_question(question_id)
        if q is None:
            raise NotFound(f"no question {question_id}")
        if q["user_id"] != user.id and not user.can("moderator"):
            raise PermissionError("only the asker can accept an answer")
        if answer_id not in {a["id"] for a in q["answers"]}:
            raise CommunityError(f"answer {answer_id} does not belong to question {question_id}")
        with self.engine.begin() as conn:
            conn.execute(
                questions.update()
                .where(questions.c.id == question_id)
                .values(accepted_answer_id=answer_id, status="answered")
            )

    def hide_comment(self, moderator: User, comment_id: int, reason: str) -> None:
        self._require_moderator(moderator)
        reason = self._check_body(reason, 2000)
        with self.engine.begin() as conn:
            conn.execute(
                comments.update().where(comments.c.id == comment_id).values(status="hidden")
            )
            self._record(conn, "comment", comment_id, moderator, "hide", reason)

    # -- contributions and corrections ----------------------------------------------------------

    def add_contribution(self, user: User, **values: Any) -> int:
        with self.engine.begin() as conn:
            return conn.execute(
                contributions.insert().values(user_id=user.id, created_at=now(), **values)
            ).inserted_primary_key[0]

    def contributors(self, doc_id: str) -> set[int]:
        """Ids of the users who contributed the document ``doc_id``."""
        with self.engine.connect() as conn:
            q = sa.select(contributions.c.user_id).where(contributions.c.doc_id == doc_id)
            return set(conn.execute(q).scalars())

    def get_contribution(self, contribution_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                _authored(contributions)
                .where(contributions.c.id == contribution_id)
            ).first()
        return dict(row._mapping) if row else None

    def add_correction(
        self, user: User, event_id: str, changes: dict[str, Any], not_event: bool, reason: str
    ) -> int:
        reason = self._check_body(reason, 2000)
        if not changes and not not_event:
            raise CommunityError("a correction changes at least one field or marks 'not an event'")
        with self.engine.begin() as conn:
            return conn.execute(
                correction_proposals.insert().values(
                    user_id=user.id,
                    event_id=event_id,
                    changes=json.dumps(changes, sort_keys=True),
                    not_event=not_event,
                    reason=reason,
                    created_at=now(),
                )
            ).inserted_primary_key[0]

    def get_correction(self, correction_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                _authored(correction_proposals)
                .where(correction_proposals.c.id == correction_id)
            ).first()
        return _correction(row) if row is not None else None

    def list_corrections(
        self, event_id: str | None = None, status: str | None = None
    ) -> list[dict[str, Any]]:
        q = (
            _authored(correction_proposals)
            .order_by(correction_proposals.c.id)
        )
        if event_id is not None:
            q = q.where(correction_proposals.c.event_id == event_id)
        if status is not None:
            q = q.where(correction_proposals.c.status == status)
        with self.engine.connect() as conn:
            return [_correction(r) for r in conn.execute(q)]

    def pending_contributions(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                _authored(contributions)
                .where(contributions.c.status == "pending")
                .order_by(contributions.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def decide(self, moderator: User, kind: str, item_id: int, decision: str, reason: str) -> None:
        """Record a moderator's decision on a contribution or correction and set its status.

        Applying the decision to the store (accepting events, changing an event) is the
        caller's job, done before this so that a failure leaves the item pending.
        """
        self._require_moderator(moderator)
        reason = self._check_body(reason, 2000)
        table = {"contribution": contributions, "correction": correction_proposals}.get(kind)
        if table is None or decision not in ("accept", "reject"):
            raise CommunityError("decide on a contribution or correction: accept or reject")
        status = "accepted" if decision == "accept" else "rejected"
        with self.engine.begin() as conn:
            updated = conn.execute(
                table.update()
                .where(table.c.id == item_id, table.c.status == "pending")
                .values(status=status, decided_at=now())
            ).rowcount
            if updated != 1:
                raise CommunityError(f"{kind} {item_id} is not pending")
            self._record(conn, kind, item_id, moderator, decision, reason)

    def last_decision(self) -> int:
        """The id of the newest moderation decision (0: none). Server processes compare it to
        know that what the public may see has changed."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.max(moderation_decisions.c.id))).scalar() or 0

    def decisions(self, kind: str, item_id: int) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                _authored(moderation_decisions, moderation_decisions.c.moderator_id)
                .where(
                    moderation_decisions.c.item_kind == kind,
                    moderation_decisions.c.item_id == item_id,
                )
                .order_by(moderation_decisions.c.id)
            )
            return [dict(r._mapping) for r in rows]

    @staticmethod
    def _require_moderator(user: User) -> None:
        if not user.can("moderator"):
            raise PermissionError("moderators only")

    @staticmethod
    def _record(
        conn: Any, kind: str, item_id: int, moderator: User, decision: str, reason: str
    ) -> None:
        conn.execute(
            moderation_decisions.insert().values(
                item_kind=kind,
                item_id=item_id,
                moderator_id=moderator.id,
                decision=decision,
                reason=reason,
                created_at=now(),
            )
        )
