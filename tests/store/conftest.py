"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
MULTIVECTOR_TEST_PG_URL names a server (CI starts one with .ci/postgres.sh)."""

from __future__ import annotations

import pytest

from multivector.store import open_store
from pg_stores import pg_store


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
    yield from pg_store()


@pytest.fixture
def sqlite_store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    yield s
    s.close()
