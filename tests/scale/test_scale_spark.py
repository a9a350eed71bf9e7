"""The Spark job: same events as the local path, problems in the side output, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scale_fakes import fake_coder

from multivector.ingest import read_inputs
from multivector.model import Actor, Event, Span
from multivector.scale import parallel_code_documents

pytestmark = pytest.mark.spark

GOOD = "Kazakhstan signed an agreement with China. Russia urged Ukraine to talk."
OTHER = "Georgia accused Russia of aggression. The European Union sent monitors to Georgia."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "a.txt").write_text(f"Caucasus - Notes\n\n{OTHER}\n\nUser Contributions:\n")
    (root / "page.html").write_text(
        "<html><head><meta name='date' content='2014-06-27'></head><body>"
        f"<nav>Home</nav><p>{GOOD}</p><footer>Footer</footer></body></html>"
    )
    sub = root / "news"
    sub.mkdir()
    lines = [
        json.dumps(
            {
                "id": f"n{i}",
                "text": f"{GOOD} Item {i} was filed.",
                "date": f"201{i % 6}-0{1 + i % 9}-15",
            }
        )
        for i in range(12)
    ]
    lines.insert(4, '{"id": "broken", "text": ')  # malformed line 5
    lines.insert(8, json.dumps({"id": "notext"}))  # line 9: no text
    (sub / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (sub / "empty.txt").write_text("")
    (root / "latin1.txt").write_bytes("Caf\xe9 society met in Paris.".encode("latin-1"))
    return root


def local_run(paths, factory=fake_coder):
    events, problems = [], set()
    for coded in parallel_code_documents(read_inputs(paths), workers=1, coder_factory=factory):
        if coded.problem:
            problems.add((coded.problem.name, coded.problem.reason))
        events.extend(e.to_dict() for e in coded.events)
    return events, problems


def key(e):
    return (e["doc_id"], e["sentence_id"], e["event_id"])


def spark_problems(path: Path) -> set[tuple[str, str]]:
    out = set()
    for part in path.glob("part-*"):
        for line in part.read_text().splitlines():
            p = json.loads(line)
            out.add((p["name"], p["reason"]))
    return out


def test_schema_matches_the_event_contract():
    pytest.importorskip("pyspark")
    from multivector.scale.spark import event_schema

    event = Event(
        doc_id="d",
        sentence_id=0,
        sentence="s",
        source=Actor("Kazakhstan", "KAZ", "KAZ", Span(0, 10)),
        target=None,
        cameo="042",
        plover="CONSULT",
        quad_class=1,
        goldstein=1.9,
        rule="r",
    )
    assert [f.name for f in event_schema().fields] == [*event.to_dict(), "year"]


def test_spark_output_equals_local_output_and_problems_go_to_side_output(spark, corpus, tmp_path):
    from multivector.scale.spark import read_spark_events, spark_code

    out = tmp_path / "events"
    stats = spark_code(
        spark, [str(corpus), str(corpus / "missing.jsonl")], str(out), coder_factory=fake_coder
    )
    expected_events, expected_problems = local_run([str(corpus), str(corpus / "missing.jsonl")])

    got = read_spark_events(spark, str(out))
    assert sorted(got, key=key) == sorted(expected_events, key=key)
    assert len(got) == stats.events > 0

    side = spark_problems(out / "_problems")
    assert side == expected_problems
    names = {name for name, _ in side}
    assert f"{corpus}/news/feed.jsonl:5" in names  # malformed line
    assert f"{corpus}/news/feed.jsonl:9" in names  # no text
    assert f"{corpus}/news/empty.txt" in names
    assert f"{corpus}/latin1.txt" in names
    assert str(corpus / "missing.jsonl") in names
    # nothing else lost: 12 feed items + a.txt + page.html coded, 5 problems
    assert stats.documents == 14 and stats.problems == 5
    assert {e["doc_id"] for e in got} == {f"n{i}" for i in range(12)} | {"a", "page"}

    # partitioned by event year (the fake coder dates events by their document)
    years = {p.name for p in out.glob("year=*")}
    assert {"year=2010", "year=2015"} <= years


def test_jsonl_output_and_parquet_input(spark, corpus, tmp_path):
    from multivector.scale.spark import spark_code

    # Parquet input: the JSON Lines feed as a Parquet file
    feed = [
        json.loads(line)
        for line in (corpus / "news" / "feed.jsonl").read_text().splitlines()
        if line.endswith("}")
    ]
    rows = [{"id": r["id"], "text": r.get("text"), "date": r.get("date")} for r in feed]
    pq_path = tmp_path / "feed.parquet"
    spark.createDataFrame(rows, "id string, text string, date string").coalesce(1).write.parquet(
        str(pq_path)
    )

    out = tmp_path / "jsonl"
    stats = spark_code(
        spark, [str(pq_path)], str(out), output_format="jsonl", coder_factory=fake_coder
    )
    lines = [
        json.loads(line)
        for part in out.glob("year=*/part-*")
        for line in part.read_text().splitlines()
    ]
    assert len(lines) == stats.events == 12 * 3
    assert all(set(e) == set(lines[0]) and "year" not in e for e in lines)
    assert stats.problems == 1  # the record without text
    [(name, reason)] = spark_problems(out / "_problems")
    assert '"text"' in reason and name.startswith(str(pq_path))
    # the local reader reads the same Parquet dataset into the same events and problem
    expected_events, expected_problems = local_run([str(pq_path)])
    assert sorted(lines, key=key) == sorted(expected_events, key=key)
    assert expected_problems == {(name, reason)}


def test_documents_side_output_loads_into_the_store_like_local_ingest(spark, corpus, tmp_path):
    pytest.importorskip("sqlalchemy")
    from multivector.scale.load import load_coded_documents
    from multivector.scale.spark import spark_code
    from multivector.store import open_store

    out, docs_out = tmp_path / "events", tmp_path / "documents"
    stats = spark_code(
        spark, [str(corpus)], str(out), documents_output=str(docs_out), coder_factory=fake_coder
    )
    spark_store = open_store(f"sqlite:///{tmp_path / 'spark.db'}")
    loaded = load_coded_documents(spark_store, str(docs_out), str(out / "_problems"))
    assert loaded.documents == stats.documents and loaded.events == stats.events
    assert loaded.failed == stats.problems

    local_store = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    local_store.add_coded_documents(
        parallel_code_documents(read_inputs([str(corpus)]), workers=1, coder_factory=fake_coder)
    )

    def events(store):
        return sorted(store.query_events(limit=None, order="doc"), key=key)

    def failures(store):
        return sorted((f["name"], f["reason"]) for f in store.failures())

    assert events(spark_store) == events(local_store)
    assert len(events(spark_store)) == stats.events
    assert failures(spark_store) == failures(local_store)
    # loading again changes nothing (same texts are already stored)
    again = load_coded_documents(spark_store, str(docs_out))
    assert again.documents == 0 and again.skipped == stats.documents
