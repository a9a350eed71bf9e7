"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
MULTIVECTOR_TEST_PG_URL names a server (CI starts one with .ci/postgres.sh)."""

from __future__ import annotations

import os
import uuid

import pytest

from multivector.store import open_store

PG_URL = os.environ.get("MULTIVECTOR_TEST_PG_URL")


def _pg_store():
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


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def store(request, tmp_path):
    """An empty, migrated store on each back end."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
        yield s
        s.close()
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests need MULTIVECTOR_TEST_PG_URL (CI sets it via .ci/postgres.sh)")
    yield from _pg_store()


@pytest.fixture
def sqlite_store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()
