"""The coder at start-up: loaded in the background when the app starts; a contribution posted
before it is ready returns at once, its page says "coding…", and it is coded afterwards."""

from __future__ import annotations

import threading
import time

import pytest
from web_corpus import PASSWORD, KeywordCoder, csrf, login

from multivector.web.app import create_app
from multivector.web.community import Community

SLEEP = 3.0
TEXT = "Officials said that Kazakhstan met Mongolia on trade."


class SlowFactory:
    """A coder factory that takes ``SLEEP`` seconds, like loading the spaCy model."""

    def __init__(self, fail: bool = False, sleep: float = SLEEP) -> None:
        self.calls = 0
        self.sleep = sleep
        self.fail = fail
        self.started = threading.Event()

    def __call__(self) -> KeywordCoder:
        self.calls += 1
        self.started.set()
        time.sleep(self.sleep)
        if self.fail:
            raise OSError("model files missing")
        return KeywordCoder()


def slow_app(store, settings, factory: SlowFactory):
    from argon2 import PasswordHasher

    community = Community(store.engine, hasher=PasswordHasher(time_cost=1, memory_cost=1024))
    for name, role in (("cora", "contributor"), ("ria", "reader")):
        community.create_user(name, PASSWORD, role=role)
    app = create_app(store, settings, coder_factory=factory, community=community)
    app.state.service.coder_grace = 0.2
    return app


def post(client, text: str = TEXT):
    return client.post("/contribute", data={"csrf_token": csrf(client), "source": "wire",
                                            "date": "2021-05-04", "text": text})


def test_the_coder_loads_at_start_up_without_any_request(store, settings):
    from fastapi.testclient import TestClient

    factory = SlowFactory()
    with TestClient(slow_app(store, settings, factory)) as client:
        assert factory.started.wait(2.0), "the lifespan starts loading the coder"
        assert client.get("/").status_code == 200  # pages do not wait for it
    assert factory.calls == 1


def test_a_contribution_before_the_coder_is_ready_returns_at_once(store, settings):
    from fastapi.testclient import TestClient

    factory = SlowFactory()
    app = slow_app(store, settings, factory)
    with TestClient(app) as client:
        login(client, "cora")
        t0 = time.monotonic()
        r = post(client)
        took = time.monotonic() - t0
        assert took < SLEEP / 2, f"the post waited {took:.1f} s for the coder"
        assert r.status_code == 202 and "Coding…" in r.text and r.headers["Refresh"]
        doc_id = str(r.url).rsplit("/", 1)[1]
        api = client.get(f"/api/v1/documents/{doc_id}")
        assert api.status_code == 202 and api.json() == {"doc_id": doc_id, "status": "coding"}
        # others see nothing yet (as for any pending document)
        client.post("/logout", data={"csrf_token": csrf(client)})
        assert client.get(f"/documents/{doc_id}").status_code == 404
        login(client, "cora")
        deadline = time.monotonic() + SLEEP + 20
        while (r := client.get(f"/api/v1/documents/{doc_id}")).status_code == 202:
            assert time.monotonic() < deadline, "the contribution was never coded"
            time.sleep(0.2)
        doc = r.json()
        assert r.status_code == 200 and doc["status"] == "pending" and len(doc["events"]) == 1
        assert "pending" in client.get(f"/documents/{doc_id}").text
        # the contribution is in the moderation queue like any other
        [item] = app.state.service.community.pending_contributions()
        assert item["doc_id"] == doc_id and item["n_events"] == 1
        # once loaded, the coder codes in the request as before
        r = post(client, "Officials said that Kazakhstan met Japan on trade.")
        assert r.status_code == 200 and "pending" in r.text
    assert factory.calls == 1


def test_the_api_contribution_answers_coding(store, settings):
    from fastapi.testclient import TestClient

    factory = SlowFactory()
    with TestClient(slow_app(store, settings, factory)) as client:
        login(client, "cora")
        t0 = time.monotonic()
        r = client.post("/api/v1/contributions", json={"source": "wire", "text": TEXT},
                        headers={"X-CSRF-Token": csrf(client)})
        assert time.monotonic() - t0 < SLEEP / 2
        assert r.status_code == 201 and r.json()["status"] == "coding"
    # the shutdown finished the queued coding
    doc = store.get_document(r.json()["doc_id"])
    assert doc is not None and doc["status"] == "pending"


@pytest.mark.parametrize("wait", [False, True])
def test_a_coder_that_fails_to_load_is_reported(store, settings, wait):
    from fastapi.testclient import TestClient

    factory = SlowFactory(fail=True)
    with TestClient(slow_app(store, settings, factory)) as client:
        login(client, "cora")
        if wait:  # loaded and failed before the post: the post says so, and a retry starts
            deadline = time.monotonic() + SLEEP + 10
            while not app_ready(client) and time.monotonic() < deadline:
                time.sleep(0.1)
            r = post(client)
            assert r.status_code == 400 and "could not be loaded" in r.text
            deadline = time.monotonic() + 5
            while factory.calls < 2:  # the failed load is tried again
                assert time.monotonic() < deadline
                time.sleep(0.05)
            return
        r = post(client)
        doc_id = str(r.url).rsplit("/", 1)[1]
        deadline = time.monotonic() + SLEEP + 10
        while (r := client.get(f"/documents/{doc_id}")).status_code == 202:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert r.status_code == 422 and "model files missing" in r.text


def app_ready(client) -> bool:
    coder = client.app.state.service.coder
    return coder._ready.is_set()
