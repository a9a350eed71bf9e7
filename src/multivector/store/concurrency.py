"""Several writers on one store: schema creation is serialised, and a write that meets another
writer (a lock held too long, a deadlock, a row stored first) is run again.

PostgreSQL: the migration runs under a transaction-scoped advisory lock. SQLite: under an
exclusive ``flock`` on a ``.lock`` file beside the database (SQLite's own locks cannot cover
Alembic's DDL, which runs outside a transaction in the ``sqlite3`` module).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import time
from collections.abc import Iterator

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from multivector.store.errors import sqlite_path

#: pg_advisory_xact_lock key of schema migrations ("mvschema" read as a 64-bit integer, signed).
MIGRATION_LOCK_KEY = int.from_bytes(b"mvschema", "big", signed=True)
#: How often a transaction that met another writer is run again.
WRITE_ATTEMPTS = 8

# SQLSTATEs of PostgreSQL errors that a second attempt can clear.
_PG_RETRY = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


@contextlib.contextmanager
def sqlite_schema_lock(engine: Engine) -> Iterator[None]:
    """Hold an exclusive lock on ``<database>.lock`` (SQLite files only; else nothing).

    A directory where the lock file cannot be created (read-only) is not locked: nothing else
    can create a schema there either. The file is removed, still locked, when the holder is
    done, so none is left beside the store. That is safe because every holder reads the schema
    version again under the lock and migrates only if it is behind: a process that waited on
    the removed file, or locks a new one, finds the schema made and changes nothing.
    """
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None:
        yield
        return
    try:
        fd = os.open(path + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path + ".lock")
        os.close(fd)  # closing releases the lock


def pg_schema_lock(conn: Connection) -> None:
    """Take the migration advisory lock for the rest of ``conn``'s transaction (PostgreSQL)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})


def retryable(exc: BaseException) -> bool:
    """True for a write that failed because of another writer and may succeed if run again: a
    unique key stored first, a deadlock or serialization failure, SQLite's "database is locked"."""
    if isinstance(exc, IntegrityError):
        return True
    if not isinstance(exc, DBAPIError) or exc.orig is None:
        return False
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if code in _PG_RETRY:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database table is locked" in message


def backoff(attempt: int) -> None:
    """Sleep a little longer after each failed attempt (with jitter, so writers drift apart)."""
    time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
