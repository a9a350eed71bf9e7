"""Fixtures: a store with a small hand-built corpus, the app over it, users of every role."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from web_corpus import KeywordCoder, seed_documents  # noqa: E402

from multivector.store import open_store  # noqa: E402
from multivector.web.app import create_app  # noqa: E402
from multivector.web.community import Community  # noqa: E402
from multivector.web.security import WebSettings  # noqa: E402

PASSWORD = "correct horse battery"


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


def login(client, username: str, password: str = PASSWORD):
    """Log ``client`` in through the form, as a browser would."""
    client.get("/login")
    r = client.post(
        "/login",
        data={"username": username, "password": password, "next": "/",
              "csrf_token": client.cookies.get("mv_csrf")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return r


def csrf(client) -> str:
    if not client.cookies.get("mv_csrf"):
        client.get("/")
    return client.cookies.get("mv_csrf")
