"""The web app's document page shows a fetched document's outlet, URL and the other articles of
its story (document ids of fetched pages contain a slash)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fetch_fake_coder import SignedCoder

from multivector.fetch import Source, fetch_round


def test_document_page_shows_outlet_url_and_story(fstore, site, options):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from multivector.web.app import create_app
    from multivector.web.security import WebSettings

    fetch_round(fstore, [Source(site.base + "/a/1", outlet="Wire"),
                         Source(site.base + "/a/2", outlet="Daily")], SignedCoder(),
                options=options)  # fmt: skip
    doc_id = fstore.fetch_record(site.base + "/a/1")["doc_id"]
    other = fstore.fetch_record(site.base + "/a/2")["doc_id"]
    app = create_app(fstore, WebSettings(secure_cookies=False), coder_factory=SignedCoder)
    with TestClient(app) as client:
        r = client.get(f"/documents/{quote(doc_id, safe='')}")
        assert r.status_code == 200, r.text[:300]
        assert "Wire" in r.text and site.base + "/a/1" in r.text
        assert "The same story in 1 other article" in r.text
        assert quote(other, safe="") in r.text and "Daily" in r.text
