"""The web application's community layer: the store's community repository
(:mod:`multivector.store.community`) with the web's user-name rules (:mod:`.names`:
look-alike names are refused). The tables and their SQL belong to the store; the names
below are re-exported for the routes, the CLI and the tests."""

from __future__ import annotations

from typing import Any

from multivector.store import community as _store
from multivector.store.community import (
    ROLE_RANK,
    ROLES,
    TARGET_KINDS,
    CommunityError,
    NotFound,
    User,
    hash_token,
    metadata,
    now,
)
from multivector.web import names

__all__ = [
    "ROLES",
    "ROLE_RANK",
    "TARGET_KINDS",
    "Community",
    "CommunityError",
    "NotFound",
    "User",
    "hash_token",
    "metadata",
    "now",
]


class Community(_store.Community):
    """Accounts, comments, questions, contributions and corrections on ``engine``."""

    def __init__(self, engine: Any, hasher: Any | None = None) -> None:
        super().__init__(engine, hasher, usernames=names)
