"""Findings 5-8 of the security probe (issue 11), error pages for browsers and the offline
API reference."""

from __future__ import annotations

import re

import pytest
from web_corpus import PASSWORD, csrf, login

from multivector.web import names

HTML = {"accept": "text/html,application/xhtml+xml"}
SPOOF = "Your account has been suspended, email your password to evil@example.org"


# -- 5. notices come from a fixed set ----------------------------------------------------------------


def test_msg_selects_a_notice_and_never_carries_text(client):
    r = client.get("/", params={"msg": SPOOF})
    assert "suspended" not in r.text and 'id="flash"' not in r.text
    assert "Comment posted." in client.get("/", params={"msg": "comment-posted"}).text
    html = client.get("/", params={"msg": "contributed", "n": "3"}).text
    assert "Thank you: 3 event(s) coded" in html
    html = client.get("/", params={"msg": "contributed", "n": "three <b>"}).text
    assert "three" not in html and "Thank you:  event(s)" in html


def test_actions_redirect_with_a_notice_key(client):
    login(client, "cora")
    r = client.post(
        "/comments",
        follow_redirects=False,
        data={
            "csrf_token": csrf(client),
            "target_kind": "actor",
            "target_id": "KAZ",
            "body": "hi",
            "next": "/actors/KAZ",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/actors/KAZ?msg=comment-posted"
    assert "Welcome, cora." in client.get("/?msg=welcome").text


# -- 6. CSRF tokens are the server's, bound to the session, new at login -------------------------------


def _csrf_cookies(response) -> list[str]:
    return [
        h.split(";")[0].split("=", 1)[1]
        for h in response.headers.get_list("set-cookie")
        if h.startswith("mv_csrf=")
    ]


def test_a_csrf_token_the_client_chose_is_refused_and_replaced(client):
    for chosen in ("chosen-by-the-attacker", "a.abcdefgh.0123456789abcdef0123456789abcdef"):
        client.cookies.clear()
        client.cookies.set("mv_csrf", chosen)
        r = client.post(
            "/login", data={"username": "cora", "password": PASSWORD, "csrf_token": chosen}
        )
        assert r.status_code == 403, chosen
        renewed = _csrf_cookies(r)
        assert renewed and renewed[0] != chosen


def test_csrf_token_is_renewed_at_login_and_bound_to_the_session(app, client):
    from fastapi.testclient import TestClient

    before = csrf(client)
    login(client, "cora")
    after = client.cookies.get("mv_csrf")
    assert after and after != before
    body = {"target_kind": "actor", "target_id": "KAZ", "body": "x"}
    # the token from before login no longer passes
    r = client.post("/comments", data={**body, "csrf_token": before})
    assert r.status_code == 403
    assert (
        client.post(
            "/comments", data={**body, "csrf_token": after}, follow_redirects=False
        ).status_code
        == 303
    )
    # another session of the same user has its own token; neither passes for the other
    with TestClient(app) as other:
        login(other, "cora")
        theirs = other.cookies.get("mv_csrf")
        assert theirs != after
        r = other.post("/comments", data={**body, "csrf_token": after})
        assert r.status_code == 403
        r = other.post("/api/v1/comments", json=body, headers={"X-CSRF-Token": after})
        assert r.status_code == 403
    # logging out ends the bound token too
    client.post("/logout", data={"csrf_token": after})
    assert client.cookies.get("mv_csrf") != after


def test_pages_carry_the_session_bound_token(client):
    login(client, "cora")
    html = client.get("/documents/notes-1").text
    tokens = set(re.findall(r'name="csrf_token" value="([^"]+)"', html))
    assert tokens == {client.cookies.get("mv_csrf")}


# -- 7. look-alike user names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, why",
    [
        ("\u0430da", "mix"),  # Cyrillic a + Latin "da"
        ("\u0430\u0501\u0430", "similar"),  # all Cyrillic: a, komi de, a
        ("ADA", "taken"),
        ("\uff41\uff44\uff41", "taken"),  # full-width "ada", NFKC makes it "ada"
        ("rnod", "similar"),  # r + n reads as m: "mod"
        ("c0ra", "similar"),
        ("\u0441\u043e\u0433\u0430", "similar"),  # all Cyrillic es o ghe a: "cora"
    ],
)
def test_look_alike_user_names_are_refused(client, name, why):
    client.get("/register")
    r = client.post(
        "/register",
        data={
            "username": name,
            "password": "longenough1",
            "password2": "longenough1",
            "csrf_token": csrf(client),
        },
    )
    assert r.status_code == 400, name
    assert {"mix": "mix", "similar": "too similar", "taken": "taken"}[why] in r.text


def test_distinct_names_still_register(client):
    client.get("/register")
    for name in ("adam", "Мария", "Σοφία"):
        r = client.post(
            "/register",
            data={
                "username": name,
                "password": "longenough1",
                "password2": "longenough1",
                "csrf_token": csrf(client),
            },
        )
        assert r.status_code == 200, (name, r.text[-300:])
        client.post("/logout", data={"csrf_token": csrf(client)})


def test_skeletons():
    assert names.skeleton("\u0410DMIN") == names.skeleton("admin") == names.skeleton("adm1n")
    assert names.skeleton("\u0397\u0391\u039d\u0391") == "hana"  # Greek capitals
    assert names.scripts("\u0430dmin") == {"CYRILLIC", "LATIN"}
    assert names.problem("fresh", ["admin"]) is None


# -- 8. targets exist, tokens are one's own, hidden documents stay hidden -----------------------------


def test_comments_and_questions_need_an_existing_target(client):
    login(client, "cora")
    token = csrf(client)
    for kind, target in (
        ("event", "no-such-event"),
        ("document", "no-such-doc"),
        ("actor", "ZZZ"),
        ("dyad", "KAZ/ZZZ"),
        ("dyad", "KAZ"),
    ):
        r = client.post(
            "/comments",
            headers=HTML,
            data={"csrf_token": token, "target_kind": kind, "target_id": target, "body": "b"},
        )
        assert r.status_code == 404 and "<html" in r.text, (kind, target)
        r = client.post(
            "/api/v1/comments",
            headers={"X-CSRF-Token": token},
            json={"target_kind": kind, "target_id": target, "body": "b"},
        )
        assert r.status_code == 404, (kind, target)
        r = client.post(
            "/api/v1/questions",
            headers={"X-CSRF-Token": token},
            json={"body": "q?", "target_kind": kind, "target_id": target},
        )
        assert r.status_code == 404, (kind, target)
    r = client.post(
        "/api/v1/comments",
        headers={"X-CSRF-Token": token},
        json={"target_kind": "dyad", "target_id": "KAZ/CHN", "body": "fine"},
    )
    assert r.status_code == 201


def test_revoking_someone_elses_token_says_so_and_changes_nothing(app, client):
    from fastapi.testclient import TestClient

    theirs = client.post("/api/v1/tokens", json={"username": "cora", "password": PASSWORD}).json()[
        "token"
    ]
    with TestClient(app) as other:
        login(other, "ria")
        r = other.post(
            "/account/tokens/1/revoke",
            data={"csrf_token": csrf(other)},
            headers=HTML,
            follow_redirects=False,
        )
        assert r.status_code == 404 and "no active API token 1" in r.text
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {theirs}"})
    assert me.status_code == 200 and me.json()["username"] == "cora"
    login(client, "cora")
    r = client.post(
        "/account/tokens/1/revoke", data={"csrf_token": csrf(client)}, follow_redirects=False
    )
    assert r.headers["location"] == "/account?msg=token-revoked"
    r = client.post("/account/tokens/1/revoke", data={"csrf_token": csrf(client)})
    assert r.status_code == 404  # already revoked


def _contribute(client) -> str:
    login(client, "cora")
    r = client.post(
        "/contribute",
        follow_redirects=False,
        data={
            "csrf_token": csrf(client),
            "source": "notes",
            "text": "In 2001 Kazakhstan met Uzbekistan in Tashkent.",
        },
    )
    assert r.status_code == 303
    return r.headers["location"].split("?")[0].rsplit("/", 1)[1]


def test_pending_and_rejected_documents_are_not_public(app, client):
    from fastapi.testclient import TestClient

    doc = _contribute(client)
    events = client.get(f"/api/v1/documents/{doc}").json()["events"]
    assert events, "the keyword coder codes the contributed sentence"
    ev = events[0]["event_id"]
    assert client.get(f"/documents/{doc}").status_code == 200  # the contributor sees it
    client.post("/logout", data={"csrf_token": csrf(client)})

    def hidden(c) -> None:
        for path in (
            f"/documents/{doc}",
            f"/api/v1/documents/{doc}",
            f"/events/{ev}",
            f"/api/v1/events/{ev}",
        ):
            assert c.get(path).status_code == 404, path
        assert (
            c.get(
                "/api/v1/comments", params={"target_kind": "document", "target_id": doc}
            ).status_code
            == 404
        )

    hidden(client)  # anonymous
    with TestClient(app) as reader:
        login(reader, "ria")
        hidden(reader)
        r = reader.post(
            "/comments",
            data={
                "csrf_token": csrf(reader),
                "target_kind": "document",
                "target_id": doc,
                "body": "peek",
            },
        )
        assert r.status_code == 404
    with TestClient(app) as mod:
        login(mod, "mod")
        assert mod.get(f"/documents/{doc}").status_code == 200
        r = mod.post(
            "/moderation/contribution/1",
            follow_redirects=False,
            data={"csrf_token": csrf(mod), "decision": "reject", "reason": "not a news text"},
        )
        assert r.headers["location"] == "/moderation?msg=contribution-reject&n=1"
        assert mod.get(f"/documents/{doc}").status_code == 200
    hidden(client)
    login(client, "cora")
    assert client.get(f"/documents/{doc}").status_code == 200


# -- error pages ------------------------------------------------------------------------------------


def test_browsers_get_html_error_pages_and_the_api_json(client):
    cases = [
        ("GET", "/no/such/page", 404),
        ("POST", "/search", 405),
        ("GET", "/questions/x", 404),
        ("DELETE", "/", 405),
    ]
    for method, path, status in cases:
        r = client.request(method, path, headers=HTML)
        assert r.status_code == status, path
        assert r.headers["content-type"].startswith("text/html") and 'id="error"' in r.text
        assert "content-security-policy" in r.headers
    assert "allow" in client.request("POST", "/search", headers=HTML).headers
    for method, path, status in [
        ("GET", "/api/v1/nothing", 404),
        ("DELETE", "/api/v1/events", 405),
        ("GET", "/api/v1/events?limit=lots", 422),
    ]:
        r = client.request(method, path, headers=HTML)
        assert r.status_code == status and r.headers["content-type"] == "application/json", path
        assert "detail" in r.json()
    # a form missing its fields: 422 as a page
    login(client, "cora")
    r = client.post("/comments", data={"csrf_token": csrf(client)}, headers=HTML)
    assert r.status_code == 422 and 'id="error"' in r.text and "body" in r.text


def test_unexpected_errors_are_a_plain_500_page(app, store, monkeypatch):
    from fastapi.testclient import TestClient

    def broken(*a, **kw):
        raise RuntimeError("internal detail: /secret/path")

    monkeypatch.setattr(app.state.service, "overview", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/", headers=HTML)
        assert r.status_code == 500 and "<html" in r.text and "/secret/path" not in r.text


# -- the API reference works offline ------------------------------------------------------------------


def test_api_docs_use_only_local_assets(client):
    r = client.get("/api/docs")
    assert r.status_code == 200
    refs = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert any(ref.endswith("swagger-ui-bundle.js") for ref in refs), refs
    for ref in refs:
        assert ref.startswith("/") and not ref.startswith("//"), ref
        asset = client.get(ref)
        assert asset.status_code == 200 and len(asset.content) > 100, ref
    # no inline script: every <script> loads a file, which the CSP ('self' only) allows
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", r.text))
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp and "http" not in csp
    assert client.get("/api/openapi.json").json()["paths"]["/api/v1/events"]
