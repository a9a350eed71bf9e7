"""Explore, ask and contribute through the HTML pages (TestClient, no browser)."""

from __future__ import annotations

import re

from web_corpus import csrf, login


def test_search_finds_sentences_and_events_with_links(client):
    r = client.get("/search", params={"q": "visited"})
    assert r.status_code == 200
    assert "Nazarbayev visited Turkey and Iran." in r.text
    assert 'href="/documents/notes-1' in r.text
    assert re.search(r'href="/events/[0-9a-f]{16}"', r.text)


def test_search_filters_narrow_events(client):
    all_kaz = client.get("/api/v1/search", params={"actor": "KAZ"}).json()
    visits = client.get("/api/v1/search", params={"actor": "KAZ", "cameo": "042"}).json()
    assert 0 < visits["n_events"] < all_kaz["n_events"]
    assert {e["cameo"] for e in visits["events"]} == {"042"}
    conflict = client.get("/api/v1/search", params={"quad": "3"}).json()
    assert [e["source"]["code"] for e in conflict["events"]] == ["RUS"]
    dated = client.get("/api/v1/search", params={"since": "2010", "until": "2015"}).json()
    assert {e["date"] for e in dated["events"]} == {"2013"}
    assert client.get("/api/v1/search", params={"plover": "ACCUSE"}).json()["n_events"] == 1
    assert client.get("/api/v1/search", params={"target": "CHN"}).json()["n_events"] == 2


def test_document_page_highlights_each_role(client):
    r = client.get("/documents/notes-1")
    assert r.status_code == 200
    # the verb of the ratification event is marked, with its codes in the hover title
    m = re.search(r'<a class="hl role-verb "[^>]*title="([^"]*)">ratified</a>', r.text)
    assert m, "the verb 'ratified' is not highlighted"
    assert "057" in m.group(1) and "Goldstein 8.0" in m.group(1) and "test-rule-057" in m.group(1)
    assert re.search(r'class="hl role-source "[^>]*>Nazarbayev</a>', r.text)
    assert re.search(r'class="hl role-target "[^>]*>Iran</a>', r.text)
    # the plain text between highlights is kept whole
    assert "in Beijing in 2019." in r.text


def test_event_page_shows_fields_and_provenance(client):
    ev = client.get("/api/v1/search", params={"cameo": "111"}).json()["events"][0]
    r = client.get(f"/events/{ev['event_id']}")
    assert r.status_code == 200
    for expected in (
        "RUS",
        "111",
        "-2.0",
        "1999",
        "test-rule-111",
        "notes-1",
        "No corrections applied",
    ):
        assert expected in r.text


def test_actor_and_dyad_pages(client):
    r = client.get("/actors/KAZ")
    assert r.status_code == 200
    assert "<svg" in r.text and 'id="partners"' in r.text
    assert 'href="/actors/CHN"' in r.text
    api = client.get("/api/v1/actors/KAZ").json()
    assert api["n_events"] == 6
    assert {p["code"] for p in api["partners"]} >= {"CHN", "TUR", "IRN", "RUS"}
    assert dict(api["timeline"])[2013] == 1
    d = client.get("/api/v1/dyads/KAZ/CHN").json()
    assert d["n_events"] == 2
    assert {r["year"] for r in d["series"]} == {2013, 2019}
    assert client.get("/dyads/KAZ/CHN").status_code == 200
    assert client.get("/actors/ZZZ").status_code == 404


def test_ask_answers_with_evidence(client):
    r = client.get("/ask", params={"q": "Who did Nazarbayev visit?"})
    assert r.status_code == 200
    answer = re.search(r'id="answer-text">([^<]*)<', r.text).group(1)
    assert "TUR" in answer and "IRN" in answer
    assert 'id="answer-events"' in r.text


def test_question_box_on_every_page(client):
    ev = client.get("/api/v1/events").json()["events"][0]
    for url in (
        "/",
        "/search",
        "/documents/notes-1",
        f"/events/{ev['event_id']}",
        "/actors/KAZ",
        "/dyads/KAZ/CHN",
        "/questions",
        "/login",
    ):
        assert 'action="/ask"' in client.get(url).text, url


def test_comment_question_answer_accept(client):
    login(client, "ria")
    token = csrf(client)
    r = client.post(
        "/comments",
        data={
            "csrf_token": token,
            "target_kind": "document",
            "target_id": "notes-1",
            "body": "Useful notes.",
            "next": "/documents/notes-1",
        },
    )
    assert r.status_code == 200 and "Useful notes." in r.text
    r = client.post(
        "/questions",
        data={
            "csrf_token": token,
            "body": "Who mediated in 2019?",
            "target_kind": "document",
            "target_id": "notes-1",
        },
    )
    qid = int(re.search(r"/questions/(\d+)", str(r.url)).group(1))
    client.post("/logout", data={"csrf_token": token})
    login(client, "cora")
    client.post(
        f"/questions/{qid}/answers", data={"csrf_token": csrf(client), "body": "Nobody did."}
    )
    # only the asker (or a moderator) may accept
    answer_id = client.get(f"/api/v1/questions/{qid}").json()["answers"][0]["id"]
    r = client.post(
        f"/questions/{qid}/accept", data={"csrf_token": csrf(client), "answer_id": answer_id}
    )
    assert r.status_code == 403
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "ria")
    client.post(
        f"/questions/{qid}/accept", data={"csrf_token": csrf(client), "answer_id": answer_id}
    )
    q = client.get(f"/api/v1/questions/{qid}").json()
    assert q["accepted_answer_id"] == answer_id and q["status"] == "answered"


def test_contribution_is_coded_pending_then_accepted(client):
    login(client, "cora")
    r = client.post(
        "/contribute",
        data={
            "csrf_token": csrf(client),
            "source": "Test wire",
            "date": "2021-05-04",
            "title": "Wire",
            "text": "Officials said that Kazakhstan met Mongolia on trade.",
        },
    )
    assert r.status_code == 200 and "pending" in r.text
    doc_id = re.search(r"/documents/([\w-]+)", str(r.url)).group(1)
    doc = client.get(f"/api/v1/documents/{doc_id}").json()
    assert doc["status"] == "pending" and len(doc["events"]) == 1
    # pending events stay out of search until accepted
    assert (
        client.get("/api/v1/search", params={"actor": "KAZ", "target": "MNG"}).json()["n_events"]
        == 0
    )
    partners = {p["code"] for p in client.get("/api/v1/actors/KAZ").json()["partners"]}
    assert "MNG" not in partners
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "mod")
    queue = client.get("/api/v1/moderation/queue").json()
    [item] = queue["contributions"]
    r = client.post(
        f"/moderation/contribution/{item['id']}",
        data={"csrf_token": csrf(client), "decision": "accept", "reason": "checked"},
    )
    assert r.status_code == 200
    assert (
        client.get("/api/v1/search", params={"actor": "KAZ", "target": "MNG"}).json()["n_events"]
        == 1
    )
    assert client.get("/api/v1/moderation/queue").json()["contributions"] == []
    # the (cached) actor profile is rebuilt after a moderation decision
    partners = {p["code"] for p in client.get("/api/v1/actors/KAZ").json()["partners"]}
    assert "MNG" in partners


def test_upload_contribution_and_size_limit(client, app):
    login(client, "cora")
    files = {
        "upload": (
            "note.txt",
            b"Reports say that Uzbekistan met Japan in the spring.",
            "text/plain",
        )
    }
    r = client.post(
        "/contribute", data={"csrf_token": csrf(client), "source": "Upload test"}, files=files
    )
    assert r.status_code == 200 and "1 event(s) coded" in r.text
    big = {"upload": ("big.txt", b"a " * 1_100_000, "text/plain")}
    r = client.post("/contribute", data={"csrf_token": csrf(client), "source": "big"}, files=big)
    assert r.status_code == 413
    r = client.post(
        "/contribute",
        data={"csrf_token": csrf(client), "source": "bin"},
        files={"upload": ("x.bin", b"\x00\x01\x02binary", "application/octet-stream")},
    )
    assert r.status_code == 400 and "binary" in r.text


def test_correction_accepted_changes_event_with_history(client):
    ev = client.get("/api/v1/search", params={"cameo": "111"}).json()["events"][0]
    login(client, "cora")
    r = client.post(
        f"/events/{ev['event_id']}/corrections",
        data={
            "csrf_token": csrf(client),
            "cameo": "112",
            "goldstein": "",
            "reason": "It is an accusation.",
        },
    )
    assert r.status_code == 200 and "Correction proposed" in r.text
    assert client.get(f"/api/v1/events/{ev['event_id']}").json()["cameo"] == "111"
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "mod")
    [c] = client.get("/api/v1/moderation/queue").json()["corrections"]
    assert c["changes"] == {"cameo": "112"}
    client.post(
        f"/moderation/correction/{c['id']}",
        data={"csrf_token": csrf(client), "decision": "accept", "reason": "agreed"},
    )
    after = client.get(f"/api/v1/events/{ev['event_id']}").json()
    assert after["cameo"] == "112" and after["corrected"] is True
    [h] = after["history"]
    assert h["before"]["cameo"] == "111" and h["after"]["cameo"] == "112"
    assert "cora" in h["user"] and "mod" in h["user"]
    page = client.get(f"/events/{ev['event_id']}").text
    assert "corrected" in page and "agreed" in page


def test_not_an_event_correction_hides_event_but_keeps_it(client):
    ev = client.get("/api/v1/search", params={"cameo": "036"}).json()["events"][0]
    login(client, "cora")
    client.post(
        f"/events/{ev['event_id']}/corrections",
        data={"csrf_token": csrf(client), "not_event": "on", "reason": "just a photo op"},
    )
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "mod")
    [c] = client.get("/api/v1/moderation/queue").json()["corrections"]
    client.post(
        f"/moderation/correction/{c['id']}",
        data={"csrf_token": csrf(client), "decision": "accept", "reason": "ok"},
    )
    assert client.get("/api/v1/search", params={"cameo": "036"}).json()["n_events"] == 0
    kept = client.get(f"/api/v1/events/{ev['event_id']}").json()
    assert kept["not_an_event"] is True and kept["history"]


def test_rejected_correction_leaves_event_alone(client):
    ev = client.get("/api/v1/search", params={"cameo": "057"}).json()["events"][0]
    login(client, "cora")
    client.post(
        f"/events/{ev['event_id']}/corrections",
        data={"csrf_token": csrf(client), "quad_class": "4", "reason": "wrong"},
    )
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "mod")
    [c] = client.get("/api/v1/moderation/queue").json()["corrections"]
    client.post(
        f"/moderation/correction/{c['id']}",
        data={"csrf_token": csrf(client), "decision": "reject", "reason": "no"},
    )
    after = client.get(f"/api/v1/events/{ev['event_id']}").json()
    assert after["quad_class"] == 1 and not after["corrected"] and after["history"] == []
    assert after["corrections"][0]["status"] == "rejected"


def test_moderator_hides_a_comment_with_a_trace(client, store):
    import sqlalchemy as sa

    login(client, "ria")
    client.post("/comments", data={"csrf_token": csrf(client), "target_kind": "actor",
                                   "target_id": "KAZ", "body": "spam spam", "next": "/actors/KAZ"})
    [c] = client.get("/api/v1/comments", params={"target_kind": "actor", "target_id": "KAZ"}).json()
    r = client.post(f"/comments/{c['id']}/hide", data={"csrf_token": csrf(client), "reason": "mine"})
    assert r.status_code == 403
    client.post("/logout", data={"csrf_token": csrf(client)})
    login(client, "mod")
    assert 'action="/comments/' in client.get("/actors/KAZ").text
    client.post(f"/comments/{c['id']}/hide", data={"csrf_token": csrf(client), "reason": "spam",
                                                   "next": "/actors/KAZ"})
    assert "spam spam" not in client.get("/actors/KAZ").text
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT status FROM comments")).scalar_one() == "hidden"
        row = conn.execute(sa.text("SELECT item_kind, decision, reason FROM moderation_decisions")).one()
    assert tuple(row) == ("comment", "hide", "spam")


def test_home_lists_newest_events_first(client, store):
    from multivector.web.explore import recent_events

    dates = [e["date"] for e in recent_events(store, 10)]
    assert dates == ["2019", "2013", "1999", "1993"]  # undated events are not "recent"
    html = client.get("/").text
    assert html.index("President Tokayev met") < html.index("Russia criticized")


def test_empty_search_asks_for_text_or_filters(client):
    r = client.get("/search")
    assert r.status_code == 200 and 'id="search-hint"' in r.text
    assert client.get("/api/v1/search").json()["events"] == []
    dates = [e["date"] for e in client.get("/api/v1/search", params={"actor": "KAZ"}).json()["events"]]
    assert dates[:2] == ["2019", "2013"]  # newest first
