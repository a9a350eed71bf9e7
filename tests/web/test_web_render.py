"""Highlight segmentation, SVG charts and the account commands."""

from __future__ import annotations

from click.testing import CliRunner

from multivector.web.charts import bar_chart, line_chart
from multivector.web.highlight import segments


def ev(eid: str, **spans) -> dict:
    return {"event_id": eid, "spans": spans}


def test_segments_cover_the_text_once_with_every_event():
    text = "Kazakhstan signed a treaty with China."
    events = [
        ev("a", source=[0, 10], verb=[11, 17], target=[32, 37]),
        ev("b", source=[0, 10], verb=[11, 17], object=[18, 26]),
    ]
    segs = segments(text, events)
    assert "".join(s.text for s in segs) == text
    first = segs[0]
    assert first.text == "Kazakhstan" and first.roles == ["source"]
    assert first.event_ids == ["a", "b"]
    by_text = {s.text: s for s in segs}
    assert by_text["China"].marks == [("a", "target")]
    assert by_text["a treaty"].marks == [("b", "object")]
    assert by_text[" with "].marks == []


def test_overlapping_and_bad_spans():
    text = "The Kazakh parliament voted."
    segs = segments(text, [ev("a", source=[4, 21]), ev("b", source=[4, 10]),
                           ev("c", verb=[50, 60]), ev("d", verb=[9, 3])])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.event_ids) for s in segs if s.marks] == [
        ("Kazakh", ["a", "b"]), (" parliament", ["a"])]


def test_charts_escape_labels_and_carry_titles():
    svg = bar_chart(["<b>1990</b>", "1991"], [3, 5], "counts & things")
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;1990" in svg
    assert svg.count("<title>") == 2 and 'aria-label="counts &amp; things"' in svg
    svg = line_chart(["1990", "1991", "1992"], {"West": [0.5, None, 0.2], "East": [0.5, 0.7, 0.8]},
                     "orientation", y_max=1.0)
    # West's None breaks its line: two lone points, no polyline; East is one line
    assert svg.count("<circle") == 5 and svg.count("<polyline") == 1
    assert "No data" in bar_chart([], [], "empty")


def test_stored_javascript_url_is_not_a_link(store, app):
    from fastapi.testclient import TestClient
    from web_corpus import seed_documents

    cd = seed_documents()[0]
    cd.document.id, cd.document.url = "evil-1", "javascript:alert(1)"
    cd.document.text += " "  # another content hash
    for e in cd.events:
        e.doc_id = "evil-1"
    store.add_coded_documents([cd])
    with TestClient(app) as client:
        page = client.get("/documents/evil-1").text
    assert 'href="javascript:' not in page and "source javascript:alert(1)" in page


def test_account_commands(tmp_path):
    from multivector.cli import main

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    r = runner.invoke(main, ["create-admin", "--db", db, "root", "--password-stdin"],
                      input="a-long-password\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["create-admin", "--db", db, "xavier", "--password-stdin"], input="short\n")
    assert r.exit_code != 0 and "8-256" in r.output
    r = runner.invoke(main, ["users", "--db", db, "--set-role", "root", "moderator"])
    assert r.exit_code == 0 and "root is now moderator" in r.output
    r = runner.invoke(main, ["users", "--db", db, "--set-role", "root", "king"])
    assert r.exit_code != 0 and "unknown role" in r.output
    r = runner.invoke(main, ["users", "--db", db])
    assert r.output.split() == ["root", "moderator", "active"]
    r = runner.invoke(main, ["create-admin", "--db", db, "root"])
    assert r.exit_code == 0 and "root is now admin" in r.output
    r = runner.invoke(main, ["users", "--db", db, "--set-password", "root"], input="new-password-9\n")
    assert r.exit_code == 0, r.output
    from multivector.store import open_store
    from multivector.web.community import Community

    community = Community(open_store(db).engine)
    assert community.authenticate("root", "new-password-9") is not None
    r = runner.invoke(main, ["users", "--db", db, "--disable", "root"])
    assert "root is now disabled" in r.output
    assert community.authenticate("root", "new-password-9") is None
    runner.invoke(main, ["users", "--db", db, "--enable", "root"])
    assert community.authenticate("root", "new-password-9") is not None


def test_year_axis_shows_gaps():
    from multivector.web.present import year_axis

    assert year_axis([1994, 1992, 1997]) == [1992, 1993, 1994, 1995, 1996, 1997]
    assert year_axis([]) == []
    assert year_axis([1, 2000]) == [1, 2000]  # an implausible span is not filled


def test_line_chart_with_negative_range():
    svg = line_chart(["a", "b"], {"g": [-10.0, 10.0]}, "g", y_min=-10.0, y_max=10.0, height=200)
    # -10 sits on the bottom axis (10 + 168), +10 at the top of the plot (the top padding)
    assert 'cy="178.0"' in svg and 'cy="10.0"' in svg
