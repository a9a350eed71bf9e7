"""A throw-away PostgreSQL store for tests on both back ends (the server named by
MULTIVECTOR_TEST_PG_URL; CI starts one with .ci/postgres.sh)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from multivector.store import open_store

PG_URL = os.environ.get("MULTIVECTOR_TEST_PG_URL")
SKIP_REASON = "PostgreSQL tests need MULTIVECTOR_TEST_PG_URL (CI sets it via .ci/postgres.sh)"


def pg_database(prefix: str = "mvtest") -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped afterwards."""
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    from sqlalchemy import create_engine, text

    from multivector.store.core import normalize_url

    admin = create_engine(normalize_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_URL.rpartition('/')[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def pg_store() -> Iterator[Any]:
    """An empty, migrated store in a database of its own, dropped afterwards."""
    for url in pg_database():
        store = open_store(url)
        try:
            yield store
        finally:
            store.close()
