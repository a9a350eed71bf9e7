"""Store faults as one-line messages that never carry SQL parameters (document text)."""

from __future__ import annotations

import os
import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError


class StoreError(Exception):
    """The store cannot be opened or used; the message is one line, fit for a user."""


class StoreNotFound(StoreError):
    """A read command named a store that does not exist (nothing is created)."""


def fault_message(exc: BaseException) -> str | None:
    """The one line a command prints for a store fault (the store's own errors and the
    database's), or None when ``exc`` is not a store fault. Used by ``cli.errors``."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):
        return f"store error: {describe_db_error(exc)}"
    return None


# "file:name.db?mode=ro" style SQLite URI databases
_URI_PREFIX = re.compile(r"^file:")


def describe_db_error(exc: BaseException) -> str:
    """The driver's own message, first line only: no SQL statement and no parameters."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        text = str(exc.orig)
    elif isinstance(exc, SQLAlchemyError):
        # SQLAlchemy's own messages may append the statement after a newline.
        text = str(exc.args[0]) if exc.args else type(exc).__name__
    else:
        text = str(exc) or type(exc).__name__
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return first[:300]


def display_url(url: str) -> str:
    """The URL as shown to users: the password hidden, a SQLite URL shown as its path."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url
    if u.get_backend_name() == "sqlite":
        return sqlite_path(url) or url
    return u.render_as_string(hide_password=True)


def sqlite_path(url: str) -> str | None:
    """The file behind a SQLite URL, or None (not SQLite, in memory)."""
    try:
        u = make_url(url)
    except ArgumentError:
        return None
    if u.get_backend_name() != "sqlite":
        return None
    db = u.database or ""
    if not db or db == ":memory:" or u.query.get("mode") == "memory":
        return None
    return _URI_PREFIX.sub("", db)


def sqlite_missing(url: str) -> str | None:
    """The path of a SQLite store file that does not exist yet (else None)."""
    path = sqlite_path(url)
    if path is None or os.path.exists(path):
        return None
    return path


# "feed.jsonl:12", "data.parquet:row 3": an input file and the place of a document in it
_LOCATION = re.compile(r"^(?P<path>.+?)(?P<where>:(?:row )?\d+)?$", re.DOTALL)


def failure_key(name: str) -> str:
    """A failure's key: an input path made absolute and canonical (``./feed.jsonl:2`` and
    ``/abs/feed.jsonl:2`` are one failure); names that are not paths stay as they are."""
    m = _LOCATION.match(name)
    if not m or name.startswith("<"):
        return name
    path = m["path"]
    try:
        if not os.path.exists(path):
            return name
        return os.path.realpath(path) + (m["where"] or "")
    except (OSError, ValueError):  # e.g. an embedded NUL
        return name
