"""Fixtures of the fetch tests: the local test site and fast, permissive client options."""

from __future__ import annotations

import pytest
from fetch_site import Site

from multivector.fetch import FetchOptions
from multivector.store import open_store
from pg_stores import pg_store


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def options():
    """Loopback allowed; short timeouts and back-off so faults resolve in seconds."""
    return FetchOptions(contact="tests@example.org", min_interval=0.0, connect_timeout=2.0,
                        read_timeout=1.0, total_timeout=5.0, max_bytes=1_000_000, retries=1,
                        backoff=0.1, max_retry_after=5.0, allow_private=True)  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fstore(request, tmp_path):
    """An empty store on each back end (PostgreSQL when CI names a server)."""
    if request.param == "postgresql":
        yield from pg_store()
        return
    s = open_store(f"sqlite:///{tmp_path / 'fetch.db'}")
    yield s
    s.close()
