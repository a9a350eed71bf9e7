"""A fetch round against the local test site: every fault recorded, the round goes on; the
second round fetches nothing new and stores nothing twice; near duplicates make one story."""

from __future__ import annotations

import time

from fetch_fake_coder import SignedCoder
from fetch_site import Site

from multivector.fetch import Source, fetch_round
from multivector.store import EventFilter


def _round(store, site: Site, options, *extra: Source):
    sources = [Source(site.base + "/feed.xml", name="wire", outlet="Wire"), *extra]
    return fetch_round(store, sources, SignedCoder(), options=options)


def test_every_fault_is_recorded_and_the_round_goes_on(fstore, site, options):
    t0 = time.monotonic()
    stats = _round(fstore, site, options, Source(site.base + "/notxml", kind="feed"),
                   Source(site.base + "/notxml"), Source("http://no-such-host.invalid/feed"))
    assert time.monotonic() - t0 < 60
    rec = {r["url"].replace(site.base, ""): r for r in fstore.fetch_records()}
    status = {k: v["status"] for k, v in rec.items()}
    assert status["/a/1"] == status["/a/2"] == status["/a/3"] == "fetched"
    assert status["/private/x"] == "robots-denied"
    assert status["/doc.pdf"] == status["/image.png"] == "not-html"
    assert status["/huge"] == "too-large"
    assert status["/loop1"].startswith("failed:redirect loop")
    assert status["/hang"].startswith("failed:timeout")
    assert status["/error"] == "failed:http 500 after 2 attempts"
    assert status["/busy"] == "fetched"  # 429 with Retry-After: 1, then served
    assert site.hits["/busy"] == 2
    assert status["/badutf8"] == "fetched" and "invalid utf-8" in rec["/badutf8"]["reason"]
    assert status["/notxml"].startswith("failed:")
    assert status["http://no-such-host.invalid/feed"].startswith("failed:host does not resolve")
    assert status["/feed.xml"] == "fetched" and rec["/feed.xml"]["etag"] == '"feed-v1"'
    assert stats.stored == 5 and stats.fetched == 5
    doc = fstore.get_document(rec["/a/1"]["doc_id"])
    assert doc["outlet"] == "Wire" and doc["published"] == "2024-03-05" and doc["date"] == "2024-03-05"
    assert doc["url"] == site.base + "/a/1"
    assert fstore.count_archive() >= 7  # feed, robots.txt not archived; pages and faults' bodies


def test_second_round_fetches_nothing_new_and_stores_nothing_twice(fstore, site, options):
    first = _round(fstore, site, options)
    n_docs, n_events = fstore.count_documents(), fstore.count_events(EventFilter(per_article=True))
    hits = dict(site.hits)
    second = _round(fstore, site, options)
    assert second.stored == 0 and second.fetched == 0
    assert fstore.fetch_record(site.base + "/feed.xml")["status"] == "not-modified"
    changed = {p: n - hits.get(p, 0) for p, n in site.hits.items() if n != hits.get(p, 0)}
    assert set(changed) <= {"/feed.xml", "/robots.txt"}, changed  # one 304 (and robots.txt)
    assert fstore.count_documents() == n_docs
    assert fstore.count_events(EventFilter(per_article=True)) == n_events
    assert first.stored == 5


def test_a_page_named_again_is_not_stored_twice(fstore, site, options):
    _round(fstore, site, options)
    n = fstore.count_documents()
    stats = fetch_round(fstore, [Source(site.base + "/a/1")], SignedCoder(), options=options)
    assert stats.stored == 0 and fstore.count_documents() == n


def test_near_duplicates_are_one_story_and_events_count_once(fstore, site, options):
    _round(fstore, site, options)
    rec = {r["url"].replace(site.base, ""): r for r in fstore.fetch_records()}
    a1, a2, a3 = (fstore.get_document(rec[p]["doc_id"]) for p in ("/a/1", "/a/2", "/a/3"))
    assert a1["story_id"] == a2["story_id"] != a3["story_id"]
    story = [s for s in fstore.stories() if s["id"] == a1["story_id"]][0]
    assert story["n_articles"] == 2 and story["n_documents"] == 2
    # "signed" appears once in each copy: two events per article, one per story
    f = EventFilter(doc_id=None)
    per_article = fstore.count_events(EventFilter(per_article=True))
    assert fstore.count_events(f) == per_article - 1
    assert len(fstore.query_events(f, limit=None)) == per_article - 1
    assert {a["url"] for a in fstore.story_articles(a1["story_id"])} == {
        site.base + "/a/1", site.base + "/a/2"}


def test_feed_entries_without_dates_take_the_page_date_or_none(fstore, site, options):
    stats = fetch_round(fstore, [Source(site.base + "/nodates.xml")], SignedCoder(),
                        options=options)  # fmt: skip
    assert stats.fetched == 1
    rec = fstore.fetch_record(site.base + "/nodates.xml")
    assert "no entry has a date" in rec["reason"]
    doc = fstore.get_document(fstore.fetch_record(site.base + "/nodate")["doc_id"])
    assert doc["published"] is None and doc["date"] is None


def test_workers_store_the_same(fstore, site, options):
    stats = fetch_round(fstore, [Source(site.base + "/feed.xml")], SignedCoder(), options=options,
                        workers=3)  # fmt: skip
    assert stats.fetched == 5 and fstore.count_documents() == 5
