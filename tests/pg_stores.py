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


def pg_store() -> Iterator[Any]:
    """An empty, migrated store in a database of its own, dropped afterwards."""
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    from sqlalchemy import create_engine, text

    from multivector.store.core import normalize_url

    admin_url = normalize_url(PG_URL)
    name = f"mvtest_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    store = open_store(f"{base}/{name}")
    try:
        yield store
    finally:
        store.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
