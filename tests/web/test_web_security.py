"""CSRF, XSS, SQL injection, rate limits, roles, cookies and password storage."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from web_corpus import PASSWORD, csrf, login

from multivector.web.app import create_app
from multivector.web.security import RateLimiter, WebSettings

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_forms_without_csrf_token_are_rejected(client):
    login(client, "cora")
    r = client.post(
        "/comments", data={"target_kind": "document", "target_id": "notes-1", "body": "no token"}
    )
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post(
        "/comments",
        data={
            "target_kind": "document",
            "target_id": "notes-1",
            "body": "bad token",
            "csrf_token": "forged",
        },
    )
    assert r.status_code == 403
    assert (
        client.get(
            "/api/v1/comments", params={"target_kind": "document", "target_id": "notes-1"}
        ).json()
        == []
    )
    # login itself is protected (login CSRF)
    client.cookies.clear()
    r = client.post("/login", data={"username": "cora", "password": PASSWORD})
    assert r.status_code == 403


def test_api_with_session_cookie_needs_csrf_header(client):
    login(client, "cora")
    body = {"target_kind": "document", "target_id": "notes-1", "body": "via api"}
    assert client.post("/api/v1/comments", json=body).status_code == 403
    r = client.post("/api/v1/comments", json=body, headers={"X-CSRF-Token": csrf(client)})
    assert r.status_code == 201


def test_user_text_is_escaped_everywhere(client):
    login(client, "cora")
    token = csrf(client)
    client.post(
        "/comments",
        data={
            "csrf_token": token,
            "target_kind": "document",
            "target_id": "notes-1",
            "body": XSS,
            "next": "/documents/notes-1",
        },
    )
    r = client.post("/questions", data={"csrf_token": token, "body": XSS})
    qid = re.search(r"/questions/(\d+)", str(r.url)).group(1)
    ev = client.get("/api/v1/events").json()["events"][0]["event_id"]
    client.post(
        f"/events/{ev}/corrections", data={"csrf_token": token, "reason": XSS, "not_event": "on"}
    )
    pages = [
        client.get("/documents/notes-1").text,
        client.get(f"/questions/{qid}").text,
        client.get("/questions").text,
        client.get(f"/events/{ev}").text,
        client.get("/ask", params={"q": XSS}).text,
        client.get("/search", params={"q": XSS, "actor": XSS}).text,
        client.get("/", params={"msg": XSS}).text,
    ]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in pages[0]
    # and the browser would not run inline script even if some slipped through
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_open_redirect_is_refused(client):
    client.get("/login")
    r = client.post(
        "/login",
        data={
            "username": "cora",
            "password": PASSWORD,
            "next": "//evil.example/",
            "csrf_token": csrf(client),
        },
        follow_redirects=False,
    )
    assert r.headers["location"].startswith("/?")


INJECTIONS = [
    "KAZ' OR '1'='1",
    "1; DROP TABLE events; --",
    "' UNION SELECT password_hash FROM users --",
    '" OR ""="',
    "%",
    "*",
    "NEAR(",
    "2013') OR 1=1 --",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_sql_injection_through_every_filter_is_harmless(client, store, value):
    before = store.count_events()
    for key in ("q", "actor", "target", "since", "until", "cameo", "plover", "quad", "doc_id"):
        r = client.get("/api/v1/search", params={key: value})
        assert r.status_code == 200, (key, r.text)
        body = r.json()
        # a rejected value is reported, not run; nothing leaks and nothing widens the result
        assert body["n_events"] <= before
        assert "argon2" not in r.text
        assert client.get("/search", params={key: value}).status_code == 200
    assert client.get("/ask", params={"q": value}).status_code == 200
    assert client.get(f"/actors/{value}").status_code == 404
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one() == before
        assert conn.execute(sa.text("SELECT count(*) FROM users")).scalar_one() == 4


def test_login_rate_limit(store):
    from fastapi.testclient import TestClient

    app = create_app(store, WebSettings(secure_cookies=False, login_rate=(3, 60.0)))
    with TestClient(app) as c:
        c.get("/login")
        codes = [
            c.post(
                "/login",
                data={
                    "username": "nobody",
                    "password": "wrong-password",
                    "csrf_token": c.cookies.get("mv_csrf"),
                },
            ).status_code
            for _ in range(5)
        ]
    assert codes[:3] == [401, 401, 401]
    assert codes[3:] == [429, 429]


def test_posting_rate_limit(store, settings):
    from fastapi.testclient import TestClient

    settings.post_rate = (2, 60.0)
    app = create_app(store, settings)
    app.state.service.community.create_user("poster", PASSWORD, role="reader")
    with TestClient(app) as c:
        login(c, "poster")
        codes = [
            c.post(
                "/comments",
                data={
                    "csrf_token": csrf(c),
                    "target_kind": "actor",
                    "target_id": "KAZ",
                    "body": f"c{i}",
                },
                follow_redirects=False,
            ).status_code
            for i in range(4)
        ]
    assert codes == [303, 303, 429, 429]


def test_rate_limiter_window_slides():
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    assert limiter.hit("b", "k", 2, 10) and limiter.hit("b", "k", 2, 10)
    assert not limiter.hit("b", "k", 2, 10)
    assert limiter.hit("b", "other", 2, 10)
    now[0] = 10.5
    assert limiter.hit("b", "k", 2, 10)


def test_reader_cannot_moderate_or_contribute(client):
    ev = client.get("/api/v1/events").json()["events"][0]["event_id"]
    login(client, "cora")
    client.post(
        f"/events/{ev}/corrections",
        data={"csrf_token": csrf(client), "cameo": "040", "reason": "r"},
    )
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "ria")
    assert client.get("/moderation").status_code == 403
    assert client.get("/api/v1/moderation/queue").status_code == 403
    r = client.post(
        "/moderation/correction/1",
        data={"csrf_token": csrf(client), "decision": "accept", "reason": "me"},
    )
    assert r.status_code == 403
    assert client.get(f"/api/v1/events/{ev}").json()["cameo"] != "040"
    r = client.post(
        f"/events/{ev}/corrections",
        data={"csrf_token": csrf(client), "cameo": "040", "reason": "r"},
    )
    assert r.status_code == 403
    assert client.get("/admin/users").status_code == 403


def test_contributor_cannot_moderate_or_change_roles(client):
    login(client, "cora")
    assert client.get("/moderation").status_code == 403
    r = client.post("/admin/users/cora/role", data={"csrf_token": csrf(client), "role": "admin"})
    assert r.status_code == 403
    assert client.get("/api/v1/me").json()["role"] == "contributor"


def test_anonymous_is_sent_to_login(client):
    r = client.get("/contribute", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert client.get("/api/v1/moderation/queue").status_code == 401
    r = client.post(
        "/comments",
        data={
            "csrf_token": csrf(client),
            "target_kind": "actor",
            "target_id": "KAZ",
            "body": "anon",
        },
    )
    assert r.status_code == 401


def test_session_cookie_flags_and_password_hashing(store):
    from fastapi.testclient import TestClient

    app = create_app(store, WebSettings(secure_cookies=True))
    app.state.service.community.create_user("sec", PASSWORD, role="reader")
    with TestClient(app, base_url="https://testserver") as c:
        c.get("/login")
        r = c.post(
            "/login",
            data={"username": "sec", "password": PASSWORD, "csrf_token": c.cookies.get("mv_csrf")},
            follow_redirects=False,
        )
        cookie = [h for h in r.headers.get_list("set-cookie") if h.startswith("mv_session=")][0]
        assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie
    with store.engine.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT password_hash FROM users WHERE username='sec'")
        ).scalar_one()
        token_hashes = conn.execute(sa.text("SELECT token_hash FROM user_sessions")).scalars().all()
    assert stored.startswith("$argon2") and PASSWORD not in stored
    session_value = cookie.split(";")[0].split("=", 1)[1]
    assert session_value not in token_hashes  # only a hash of the session token is stored


def test_logout_ends_the_session(client):
    login(client, "cora")
    token = client.cookies.get("mv_session")
    client.post("/logout", data={"csrf_token": csrf(client)})
    client.cookies.set("mv_session", token)
    assert client.get("/api/v1/me").status_code == 401
