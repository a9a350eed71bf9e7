"""Fixtures: a store with a small hand-built corpus, the app over it, users of every role."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from web_corpus import PASSWORD, KeywordCoder, seed_documents  # noqa: E402

from multivector.store import open_store  # noqa: E402
from multivector.web.app import create_app  # noqa: E402
from multivector.web.community import Community  # noqa: E402
from multivector.web.security import WebSettings  # noqa: E402


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    s.add_coded_documents(seed_documents(), status="accepted")
    yield s
    s.close()


@pytest.fixture
def settings() -> WebSettings:
    return WebSettings(secure_cookies=False, login_rate=(1000, 60.0), post_rate=(1000, 60.0))


@pytest.fixture
def app(store, settings):
    from argon2 import PasswordHasher

    # cheap hashing parameters keep the tests fast; production uses argon2's defaults
    community = Community(store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    for name, role in (("ria", "reader"), ("cora", "contributor"), ("mod", "moderator"),
                       ("ada", "admin")):
        community.create_user(name, PASSWORD, role=role)
    return create_app(store, settings, coder_factory=KeywordCoder, community=community)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture
def pg_store():
    """A store in a fresh database on MULTIVECTOR_TEST_PG_URL's server, dropped afterwards."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    from multivector.store.core import normalize_url

    url = os.environ.get("MULTIVECTOR_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL tests need MULTIVECTOR_TEST_PG_URL (CI sets it via .ci/postgres.sh)")
    admin_url = normalize_url(url)
    name = f"mvweb_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    s = open_store(f"{admin_url.rpartition('/')[0]}/{name}")
    s.add_coded_documents(seed_documents(), status="accepted")
    try:
        yield s
    finally:
        s.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
