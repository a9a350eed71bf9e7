"""The question page and its API twin render analytical answers: the understood-as line, the
figures as a table, the chart and the cited events; a question with no data declines."""

from __future__ import annotations

import re

from multivector.analysis import orientation

COMPARE = "Did Kazakhstan cooperate more with Russia or China?"
NO_DATA = "How have relations between Kazakhstan and China changed between 2000 and 2005?"


def test_the_question_page_shows_figures_chart_and_evidence(client, store):
    html = client.get("/ask", params={"q": COMPARE}).text
    assert 'id="understood-as"' in html and "A comparison of Kazakhstan" in html
    table = re.search(r'<table class="figures" id="answer-figures">(.*?)</table>', html, re.S)
    assert table and "Russia" in table.group(1) and "China" in table.group(1)
    (row,) = orientation(store, "KAZ")
    china = row.poles["China"].to_dict()
    assert f"<td>{china['coop_events']}</td>" in table.group(1)
    assert f"{china['share'] * 100:.0f}%" in table.group(1)
    assert re.search(r'<figure class="answer-chart" id="answer-chart"><svg[^>]*class="chart"', html)
    ids = re.findall(r'<a href="/events/([\w-]+)" class="event-link">', html)
    assert ids and all(store.get_event(i) is not None for i in ids)
    assert 'class="muted doc-link">[' in html
    assert 'id="answer-events"' not in html  # the factoid event table is not shown as well


def test_the_api_twin_gives_the_same_answer_as_data(client, store):
    a = client.get("/api/v1/ask", params={"q": COMPARE}).json()
    assert a["method"] == "analysis" and a["understood_as"].startswith("A comparison")
    rows = {r["option"]: r for r in a["figures"]["rows"]}
    (row,) = orientation(store, "KAZ")
    assert rows["Russia"]["conflict_events"] == row.poles["Russia"].conflict_events == 1
    assert a["chart"]["type"] == "bar" and "chart_svg" not in a
    assert {e["event_id"] for e in a["evidence"]} <= {
        e["event_id"] for e in store.query_events(limit=None)}


def test_a_question_without_data_declines(client):
    html = client.get("/ask", params={"q": NO_DATA}).text
    assert re.search(r'id="declined">The data holds no events of Kazakhstan with China between '
                     r"2000 and 2005\.</p>", html)
    assert "answer-figures" not in html and "answer-evidence" not in html
    a = client.get("/api/v1/ask", params={"q": NO_DATA}).json()
    assert a["declined"] and a["events"] == [] and a["sentences"] == []


def test_factoid_questions_keep_their_page(client):
    html = client.get("/ask", params={"q": "Who did Nazarbayev visit?"}).text
    assert 'id="answer-text">Turkey (TUR), Iran (IRN)' in html and 'id="answer-events"' in html
    assert "understood-as" not in html
