"""Sources: sniffing, feeds, sitemaps, URL files, the sources file; the per-host interval."""

from __future__ import annotations

import time

import pytest

from multivector.fetch import FetchOptions, PoliteClient
from multivector.fetch.sources import (
    Source,
    discover,
    load_sources,
    parse_interval,
    sniff,
    sources_from_args,
)

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://example.org/a</loc><lastmod>2024-01-02</lastmod></url>
<url><loc>ftp://example.org/skip</loc></url>
<url><loc>https://example.org/b</loc></url></urlset>"""
INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://example.org/s1.xml</loc></sitemap></sitemapindex>"""
ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>One</title><link href="https://example.org/1"/><updated>2024-02-03T10:00:00Z</updated>
</entry></feed>"""


def test_sniff_and_discover():
    src = Source("https://example.org/x")
    assert sniff(SITEMAP) == "sitemap" and sniff(INDEX) == "sitemap" and sniff(ATOM) == "feed"
    assert sniff(b"<!doctype html><html>") == "html" and sniff(b"%PDF-1.4") == "unknown"
    found = discover(SITEMAP, "application/xml", src)
    assert [e.url for e in found.entries] == ["https://example.org/a", "https://example.org/b"]
    assert found.entries[0].published == "2024-01-02"
    assert discover(INDEX, "", src).kind == "sitemapindex"
    atom = discover(ATOM, "", src)
    assert atom.entries[0].url == "https://example.org/1"
    assert atom.entries[0].published == "2024-02-03T10:00:00Z" and atom.entries[0].outlet == "example.org"
    assert discover(b"<!doctype html><p>x", "text/html", src).kind == "page"
    assert "not a feed, sitemap or HTML page (application/pdf)" in discover(
        b"%PDF-1.4", "application/pdf", src).problem
    assert discover(b"<urlset><url><loc>", "", Source("https://e.org/", kind="sitemap")).problem


def test_url_files_and_sources_file(tmp_path):
    urls = tmp_path / "u.txt"
    urls.write_text("# list\nhttps://a.org/1\n\nhttp://b.org/2\n")
    assert [s.url for s in sources_from_args([str(urls), "https://c.org/feed"])] == [
        "https://a.org/1", "http://b.org/2", "https://c.org/feed"]
    with pytest.raises(ValueError):
        sources_from_args(["nothing-here"])
    yml = tmp_path / "s.yaml"
    yml.write_text("sources:\n  - url: https://a.org/rss\n    name: a\n    outlet: A\n"
                   "    interval: 30m\n  - url: https://b.org/sitemap.xml\n    kind: sitemap\n")
    a, b = load_sources(yml)
    assert (a.name, a.outlet, a.interval) == ("a", "A", 1800.0)
    assert (b.kind, b.outlet, b.interval) == ("sitemap", "b.org", 3600.0)
    for bad in ("[]", "- url: ftp://x\n", "- url: https://x\n  kind: pdf\n", "- name: x\n",
                "- url: https://x\n  interval: soon\n"):
        yml.write_text(bad)
        with pytest.raises(ValueError):
            load_sources(yml)
    assert parse_interval("2h") == 7200 and parse_interval(90) == 90


def test_one_request_per_host_every_interval(site):
    with PoliteClient(FetchOptions(min_interval=0.4, allow_private=True)) as c:
        t0 = time.monotonic()
        for _ in range(3):
            assert c.get(site.base + "/a/3").outcome == "fetched"
        # robots.txt, then three pages: four requests, three intervals
        assert time.monotonic() - t0 >= 1.1
