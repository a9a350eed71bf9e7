from __future__ import annotations

import struct
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from multivector.report import build_report
from multivector.report.charts import SIZES
from multivector.store import open_store
from multivector.store.synthetic import coded_document, make_event, synthetic_corpus

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "wbr", "source"}


class Checker(HTMLParser):
    """Collects tags, checks nesting and external references."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.count: dict[str, int] = {}
        self.errors: list[str] = []
        self.external: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith(("#", "data:")):
                self.external.append(value)
            if name == "id":
                self.ids.add(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.count[tag] = self.count.get(tag, 0) + 1

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
            return
        self.stack.pop()


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    s.add_coded_documents(synthetic_corpus(60, 8, seed=3, actors=("KAZ", "RUS", "CHN", "USA", "UZB")))
    s.add_coded_documents([coded_document("x", [make_event(
        "KAZ", "RUS", "057", date="2002-05-01",
        sentence="Kazakhstan & Russia signed <the> accord.")])])  # fmt: skip
    yield s
    s.close()


def test_html_report_is_self_contained_and_parses(store, tmp_path):
    rep = build_report(store, "KAZ", by="year", max_events=1000)
    checker = Checker()
    checker.feed(rep.html)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    assert checker.count["svg"] >= 3
    assert {"chart-timeline", "chart-orientation", "chart-network"} <= checker.ids
    assert checker.external == []  # nothing to fetch: opens offline
    assert "<script" not in rep.html
    assert "Kazakhstan &amp; Russia signed &lt;the&gt; accord." in rep.html  # escaped sentence
    assert checker.count["tr"] > 50
    assert "multipolarity index" in rep.html
    for pole in ("West", "Russia", "China"):
        assert pole in rep.html


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_png_charts_have_the_expected_size(store, tmp_path):
    rep = build_report(store, "KAZ", by="month")
    paths = rep.write(tmp_path / "kaz.html", tmp_path / "png")
    pngs = sorted(p for p in paths if p.suffix == ".png")
    assert [p.name for p in pngs] == ["kaz-network.png", "kaz-orientation.png", "kaz-timeline.png"]
    for p in pngs:
        data = p.read_bytes()
        assert len(data) > 5000
        assert _png_size(data) == SIZES[p.stem.split("-", 1)[1]]


def test_report_for_an_actor_without_events(store, tmp_path):
    rep = build_report(store, "ATA")
    assert rep.n_events == 0
    checker = Checker()
    checker.feed(rep.html)
    assert checker.errors == []
    paths = rep.write(tmp_path / "ata.html", tmp_path / "png")
    assert all(p.stat().st_size > 0 for p in paths)


def test_report_command(store, tmp_path):
    from multivector.cli import main

    out = tmp_path / "out.html"
    res = CliRunner().invoke(
        main, ["report", "KAZ", "--db", str(store.engine.url), "--out", str(out), "--since", "1995"]
    )
    assert res.exit_code == 0, res.output
    assert out.read_text().startswith("<!DOCTYPE html>")
