"""A contribution coded by the real coder (spaCy model), shown highlighted on its page."""

from __future__ import annotations

import re

import pytest
from web_corpus import PASSWORD, csrf, login

pytestmark = pytest.mark.slow


def test_contribution_with_the_default_coder(store, settings):
    from fastapi.testclient import TestClient

    from multivector.web.app import create_app

    app = create_app(store, settings)  # default coder_factory: the bundled coder
    app.state.service.community.create_user("writer", PASSWORD, role="contributor")
    with TestClient(app) as client:
        login(client, "writer")
        # the app loads the coder in the background at start-up; until it is ready a post
        # is coded in a background worker (tests/web/test_web_coder_startup.py): wait for it
        app.state.service.coder.get()
        r = client.post("/contribute", data={
            "csrf_token": csrf(client), "source": "test", "date": "2014-05-29",
            "text": "Kazakhstan signed an economic treaty with Belarus. The president visited Minsk.",
        })
        assert r.status_code == 200, r.text
        doc_id = re.search(r"/documents/([\w-]+)", str(r.url)).group(1)
        doc = client.get(f"/api/v1/documents/{doc_id}").json()
        assert doc["status"] == "pending"
        signed = [e for e in doc["events"] if e["cameo"].startswith("057")]
        assert signed and signed[0]["source"]["code"].startswith("KAZ")
        assert signed[0]["target"]["code"].startswith("BLR")
        page = client.get(f"/documents/{doc_id}").text
        assert re.search(r'class="hl role-verb "[^>]*>signed</a>', page)
