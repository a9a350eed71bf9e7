"""The web application and question answering on PostgreSQL (full-text search differs)."""

from __future__ import annotations

import pytest
from web_corpus import PASSWORD, csrf, login

from multivector.qa import Answerer
from multivector.web.app import create_app
from multivector.web.community import Community

pytestmark = pytest.mark.postgres


def test_pages_answers_and_moderation_on_postgres(pg_store, settings):
    from argon2 import PasswordHasher
    from fastapi.testclient import TestClient
    from web_corpus import KeywordCoder

    a = Answerer(pg_store).answer("When did Kazakhstan ratify the NPT?")
    assert a["answer"].startswith("1993") and a["sentences"]
    assert Answerer(pg_store).answer("Which pipeline deal was signed?")["method"] == "text"

    community = Community(pg_store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    community.create_user("cora", PASSWORD, role="contributor")
    community.create_user("mod", PASSWORD, role="moderator")
    app = create_app(pg_store, settings, coder_factory=KeywordCoder, community=community)
    with TestClient(app) as client:
        assert "Nazarbayev visited" in client.get("/search", params={"q": "visited"}).text
        assert client.get("/api/v1/actors/KAZ").json()["n_events"] == 6
        assert client.get("/api/v1/dyads/KAZ/CHN").json()["n_events"] == 2
        ev = client.get("/api/v1/search", params={"cameo": "111"}).json()["events"][0]["event_id"]
        login(client, "cora")
        client.post(f"/events/{ev}/corrections",
                    data={"csrf_token": csrf(client), "cameo": "112", "reason": "accusation"})
        client.post("/logout", data={"csrf_token": csrf(client)})
        login(client, "mod")
        [c] = client.get("/api/v1/moderation/queue").json()["corrections"]
        client.post(f"/moderation/correction/{c['id']}",
                    data={"csrf_token": csrf(client), "decision": "accept", "reason": "ok"})
        after = client.get(f"/api/v1/events/{ev}").json()
        assert after["cameo"] == "112" and after["history"]
