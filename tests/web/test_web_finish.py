"""The finishing touches of issue 11: names, titles, objects, times, charts (no browser)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from multivector.model import Actor, CodedDocument, Document, Event, Span
from multivector.web import present
from multivector.web.charts import bar_chart, line_chart, ticks


def _generic_mentions_doc() -> CodedDocument:
    """Two events whose source is Kazakhstan, named by a pronoun and a generic phrase."""
    text = "He praised Russia in 2001. Five governments praised Russia in 2002."
    events = []
    for i, (mention, year) in enumerate((("He", "2001"), ("Five governments", "2002"))):
        start = text.index(mention)
        sent_end = text.index(".", start) + 1
        events.append(Event(
            doc_id="generic-1", sentence_id=i, sentence=text[start:sent_end],
            source=Actor(mention, "KAZ", "KAZ", Span(start, start + len(mention))),
            target=Actor("Russia", "RUS", "RUS", None),
            cameo="051", plover="COOPERATE", quad_class=1, goldstein=3.4, rule="t",
            verb_text="praised", date=year, date_precision="year", sentence_start=start, index=0,
        ))  # fmt: skip
    doc = Document(id="generic-1", text=text, date="2002-01-01", title="Generic mentions")
    return CodedDocument(document=doc, events=events, n_sentences=2,
                         sentences=[(0, 26, text[:26]), (27, len(text), text[27:])])  # fmt: skip


def test_actor_page_is_titled_with_the_name_and_lists_only_names(store, client):
    store.add_coded_documents([_generic_mentions_doc()], status="accepted")
    page = client.get("/actors/KAZ").text
    assert "<title>Kazakhstan (KAZ)" in page
    h1 = re.search(r'<h1 id="actor-title">(.*?)</h1>', page, re.S).group(1)
    assert "Kazakhstan" in h1 and "KAZ" in h1 and "Actor" not in h1
    names = re.search(r'<p class="meta" id="actor-names">(.*?)</p>', page, re.S).group(1)
    assert "Kazakhstan" in names
    assert "He" not in names.split(": ", 1)[1].split(", ")
    assert "Five governments" not in names
    api = client.get("/api/v1/actors/KAZ").json()
    assert api["title"] == "Kazakhstan (KAZ)" and "He" not in api["names"]


def test_which_mentions_are_names():
    for name in ("Kazakhstan", "Nazarbayev", "Foreign Minister Tokayev", "Kazakh parliament"):
        assert present.is_name(name), name
    for phrase in ("he", "He", "five governments", "Five governments", "the country", "us"):
        assert not present.is_name(phrase), phrase
    assert present.actor_title("KAZ") == "Kazakhstan (KAZ)"
    assert present.actor_title("ZZZ") == "ZZZ"


def test_timestamps_have_one_format_without_microseconds():
    want = "2024-03-05 14:07 UTC"
    assert present.timestamp(datetime(2024, 3, 5, 14, 7, 9, 123456, tzinfo=UTC)) == want
    assert present.timestamp(datetime(2024, 3, 5, 14, 7, 9, 123456)) == want
    assert present.timestamp("2024-03-05T14:07:09.123456+00:00") == want
    assert present.timestamp("2024-03-05 14:07:09.123456") == want


def test_comment_times_show_without_microseconds(client):
    from web_corpus import csrf, login

    login(client, "ria")
    client.post("/comments", data={"csrf_token": csrf(client), "target_kind": "document",
                                   "target_id": "notes-1", "body": "timed", "next": "/"})  # fmt: skip
    page = client.get("/documents/notes-1").text
    assert re.search(r'class="muted time">\d{4}-\d\d-\d\d \d\d:\d\d UTC<', page)
    assert not re.search(r"\d\d:\d\d:\d\d\.\d+", page)


def test_search_links_by_title_and_dates_do_not_wrap(client):
    page = client.get("/search", params={"q": "visited"}).text
    results = re.search(r'<ol class="sentences" id="sentence-results">(.*?)</ol>', page, re.S)
    assert ">Notes on Central Asian diplomacy</a>" in results.group(1)
    assert ">notes-1</a>" not in results.group(1)
    assert '<td class="date">' in page
    css = client.get("/static/app.css").text
    assert re.search(r"td\.date[^{]*\{[^}]*white-space:\s*nowrap", css)


def test_event_object_shown_in_rows_and_on_the_event_page(client):
    page = client.get("/search", params={"cameo": "057"}).text
    assert page.count('class="object"') == 2
    assert "Nonproliferation Treaty" in page and "pipeline agreement" in page
    eid = client.get("/api/v1/search", params={"cameo": "057", "actor": "KAZLEG"}).json()
    event_id = eid["events"][0]["event_id"]
    event_page = client.get(f"/events/{event_id}").text
    assert re.search(r'id="f-object">Nonproliferation Treaty<', event_page)


def test_ticks_fall_between_the_ends():
    assert ticks(0, 1) == [0, 0.25, 0.5, 0.75, 1.0]
    assert ticks(-10, 10) == [-10, -5, 0, 5, 10]
    assert ticks(0, 7)[1:-1]
    assert ticks(0, 1, integer=True) == [0, 1]  # counts: no quarter events
    assert ticks(0, 12, integer=True) == [0, 5, 10]
    assert all(t == int(t) for t in ticks(0, 9, integer=True))


def test_charts_zero_line_gaps_and_legend_outside():
    svg = line_chart(["1990", "1991", "1992"], {"g": [-2.0, None, 3.0]}, "g",
                     y_min=-10.0, y_max=10.0)  # fmt: skip
    assert 'class="zero"' in svg
    assert svg.count('class="axis tick"') >= 4  # labels between the ends
    assert "<polyline" not in svg  # the missing year breaks the line
    counts = bar_chart(["1990", "1991", "1992"], {"a": [2, 0, 1], "b": [1, 0, 0]}, "n")
    nine = bar_chart(["1990"], [9], "n")
    assert re.findall(r'class="axis tick" text-anchor="end">([\d.]+)<', nine) == ["0", "5", "10"]
    assert counts.count("<rect") - counts.count('class="legend-item"') == 3  # no zero bars
    # the legend sits below the plot area: every legend item lower than the x axis
    svg = line_chart(["1990", "1991"], {"West": [0.2, 0.4], "Russia": [0.8, 0.6]}, "o", y_max=1.0,
                     colors={"West": "#123456"})  # fmt: skip
    axis_y = max(float(y) for y in re.findall(r'<line x1="40" y1="([\d.]+)" x2="628"', svg))
    legend_y = [
        float(y) for y in re.findall(r'<g class="legend-item"><rect x="[\d.]+" y="([\d.]+)"', svg)
    ]
    assert len(legend_y) == 2 and min(legend_y) > axis_y + 12
    point_y = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert max(point_y) <= axis_y
    assert 'fill="#123456"' in svg


def test_orientation_chart_uses_the_pole_colours(store, client):
    store.add_coded_documents([_generic_mentions_doc()], status="accepted")  # KAZ praises Russia
    page = client.get("/actors/KAZ").text
    chart = re.search(r'<svg[^>]*aria-label="Orientation of KAZ[^"]*".*?</svg>', page, re.S)
    assert chart is not None
    colors = present.pole_colors()
    assert colors["Russia"] and colors["West"] != colors["Russia"]
    for pole, color in colors.items():
        assert f">{pole}</text>" in chart.group(0)
        assert f'fill="{color}"' in chart.group(0)
