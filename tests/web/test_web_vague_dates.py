"""The actor page does not draw a decade-precision date at the decade's first year."""

from __future__ import annotations

import re

import pytest

from multivector.store import open_store
from multivector.store.synthetic import coded_document, make_event
from multivector.web.app import create_app
from multivector.web.security import WebSettings


@pytest.fixture
def vague_client(tmp_path):
    from fastapi.testclient import TestClient

    store = open_store(f"sqlite:///{tmp_path / 'vague.db'}")
    events = [
        make_event("KAZ", "RUS", "057", date="199"),  # "the late 1990s", as the coder stores it
        make_event("KAZ", "RUS", "163", date="199"),
        make_event("KAZ", "CHN", "057", date="199"),
        make_event("KAZ", "RUS", "057", date="1995-04-02"),
        make_event("KAZ", "CHN", "057", date="1997"),
    ]
    for i, ev in enumerate(events):
        ev.sentence_id = i
    store.add_coded_documents([coded_document("doc", events)], status="accepted")
    app = create_app(store, WebSettings(secure_cookies=False))
    with TestClient(app) as c:
        yield c
    store.close()


def test_actor_timeline_leaves_decades_out_and_says_so(vague_client):
    api = vague_client.get("/api/v1/actors/KAZ").json()
    assert api["n_events"] == 5
    assert dict((int(y), n) for y, n in api["timeline"]) == {1995: 1, 1997: 1}
    page = vague_client.get("/actors/KAZ").text
    timeline = page.split("<h2>Timeline</h2>", 1)[1].split("<h2>", 1)[0]
    labels = re.findall(r'class="axis" text-anchor="middle">(\d{4})<', timeline)
    assert labels and "1990" not in labels and labels[0] == "1995"
    assert re.search(r'id="unplaced-note">3 events without a single year', page)
    orientation = page.split("<h2>Orientation over time</h2>", 1)[1]
    assert ">1990<" not in orientation
