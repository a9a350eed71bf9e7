"""The JSON API with per-user tokens, and the community tables matching their migration."""

from __future__ import annotations

import sqlalchemy as sa
from web_corpus import PASSWORD, csrf, login

from multivector.web.community import metadata


def token_for(client, username: str) -> dict[str, str]:
    r = client.post(
        "/api/v1/tokens", json={"username": username, "password": PASSWORD, "name": "tests"}
    )
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_openapi_documents_the_api(client):
    spec = client.get("/api/openapi.json").json()
    for path in (
        "/api/v1/search",
        "/api/v1/events/{event_id}",
        "/api/v1/documents/{doc_id}",
        "/api/v1/actors/{code}",
        "/api/v1/dyads/{a}/{b}",
        "/api/v1/ask",
        "/api/v1/comments",
        "/api/v1/contributions",
        "/api/v1/events/{event_id}/corrections",
        "/api/v1/moderation/queue",
        "/api/v1/moderation/{kind}/{item_id}",
        "/api/v1/tokens",
    ):
        assert path in spec["paths"], path
    assert client.get("/api/docs").status_code == 200


def test_token_workflow_without_cookies(client):
    cora = token_for(client, "cora")
    mod = token_for(client, "mod")
    client.cookies.clear()
    ev = client.get("/api/v1/events", params={"cameo": "042"}).json()["events"][0]
    r = client.post(
        f"/api/v1/events/{ev['event_id']}/corrections",
        headers=cora,
        json={"changes": {"cameo": "043"}, "reason": "hosted, not visited"},
    )
    assert r.status_code == 201
    assert (
        client.post(
            "/api/v1/moderation/correction/1",
            headers=cora,
            json={"decision": "accept", "reason": "x"},
        ).status_code
        == 403
    )
    r = client.post(
        f"/api/v1/moderation/correction/{r.json()['id']}",
        headers=mod,
        json={"decision": "accept", "reason": "fine"},
    )
    assert r.status_code == 200
    after = client.get(f"/api/v1/events/{ev['event_id']}").json()
    assert after["cameo"] == "043" and after["corrected"]
    r = client.post(
        "/api/v1/contributions",
        headers=cora,
        json={
            "source": "api",
            "text": "The envoy said Kazakhstan met Japan on Monday.",
            "date": "2022-02-02",
        },
    )
    assert r.status_code == 201 and r.json()["status"] == "pending" and r.json()["n_events"] == 1
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_bad_correction_values_are_refused(client):
    cora = token_for(client, "cora")
    ev = client.get("/api/v1/events").json()["events"][0]["event_id"]
    for changes in (
        {"cameo": "abc"},
        {"goldstein": "11"},
        {"quad_class": "7"},
        {"rule": "x"},
        {"source": "not a code!"},
        {"date": "yesterday"},
    ):
        r = client.post(
            f"/api/v1/events/{ev}/corrections",
            headers=cora,
            json={"changes": changes, "reason": "r"},
        )
        assert r.status_code == 400, changes
    r = client.post(
        "/api/v1/events/0000000000000000/corrections",
        headers=cora,
        json={"changes": {"cameo": "040"}, "reason": "r"},
    )
    assert r.status_code == 404


def test_revoked_token_stops_working(client):
    headers = token_for(client, "cora")
    assert client.get("/api/v1/me", headers=headers).json()["username"] == "cora"
    login(client, "cora")
    tokens = client.get("/account")
    assert "tests" in tokens.text
    client.post("/account/tokens/1/revoke", data={"csrf_token": csrf(client)})
    client.cookies.clear()
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_register_then_duplicate_name_refused(client):
    client.get("/register")
    data = {
        "username": "newbie",
        "password": "longenough1",
        "password2": "longenough1",
        "csrf_token": csrf(client),
    }
    r = client.post("/register", data=data)
    assert r.status_code == 200 and "newbie" in r.text
    assert client.get("/api/v1/me").json() == {"username": "newbie", "role": "contributor"}
    client.cookies.clear()
    client.get("/register")
    r = client.post("/register", data={**data, "username": "NEWBIE", "csrf_token": csrf(client)})
    assert r.status_code == 400 and "taken" in r.text
    r = client.post(
        "/register",
        data={
            **data,
            "username": "x2",
            "password": "short",
            "password2": "short",
            "csrf_token": csrf(client),
        },
    )
    assert r.status_code == 400


def test_admin_changes_roles(client):
    login(client, "ada")
    r = client.post("/admin/users/ria/role", data={"csrf_token": csrf(client), "role": "moderator"})
    assert r.status_code == 200 and "Role changed." in r.text
    assert client.app.state.service.community.get_user_by_name("ria").role == "moderator"


def test_migration_matches_table_definitions(store):
    inspector = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        migrated = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(migrated) == {c.name for c in table.columns}, table.name
        for col in table.columns:
            assert migrated[col.name]["nullable"] == col.nullable, (table.name, col.name)
