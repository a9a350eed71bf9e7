from __future__ import annotations

import csv
import io
import json

import pytest

from multivector import formats as X
from multivector.store import EventFilter
from multivector.store.synthetic import coded_document, make_event


@pytest.fixture
def events(sqlite_store):
    cd = coded_document(
        "doc-1",
        [
            make_event("KAZ", "RUS", "0431", date="1996-03-29", source_role="GOV",
                       sentence="Kazakh officials\tvisited Russia."),
            make_event("KAZ", None, "057", date="1992", sentence_id=1, object="Lisbon Protocol"),
        ],
    )
    sqlite_store.add_coded_documents([cd])
    first = sqlite_store.query_events(EventFilter(doc_id="doc-1"), order="doc")[0]
    sqlite_store.update_event(first["event_id"], {"goldstein": 3.0}, "ana", "check")
    return sqlite_store.query_events(EventFilter(), order="doc")


def test_gdelt_rows_have_the_61_columns_in_order(events):
    assert len(X.GDELT_COLUMNS) == 61 and len(set(X.GDELT_COLUMNS)) == 61
    assert X.GDELT_COLUMNS[:2] == ("GLOBALEVENTID", "SQLDATE")
    assert X.GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    buf = io.StringIO()
    assert X.write_gdelt(events, buf, header=True) == 2
    lines = buf.getvalue().splitlines()
    header = lines[0].split("\t")
    assert tuple(header) == X.GDELT_COLUMNS
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    day = next(r for r in rows if r["SQLDATE"])
    assert day["SQLDATE"] == "19960329" and day["MonthYear"] == "199603" and day["Year"] == "1996"
    assert day["Actor1Code"] == "KAZGOV" and day["Actor1CountryCode"] == "KAZ"
    assert day["Actor1Type1Code"] == "GOV"
    assert (day["EventCode"], day["EventBaseCode"], day["EventRootCode"]) == ("0431", "043", "04")
    assert day["QuadClass"] == "1" and day["IsRootEvent"] == "1"
    assert int(day["GLOBALEVENTID"]) > 0
    year_only = next(r for r in rows if not r["SQLDATE"])
    assert year_only["Year"] == "1992" and year_only["MonthYear"] == ""
    assert year_only["Actor2Code"] == ""


def test_gdelt_extra_columns_mark_corrections(events):
    buf = io.StringIO()
    X.write_gdelt(events, buf, extra=True)
    rows = [line.split("\t") for line in buf.getvalue().splitlines()]
    assert all(len(r) == 61 + len(X.GDELT_EXTRA_COLUMNS) for r in rows)
    corrected = {r[61]: r[62] for r in rows}
    assert sorted(corrected.values()) == ["0", "1"]


def test_plover_records_have_the_documented_fields(events):
    buf = io.StringIO()
    X.write_plover(events, buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [tuple(r) for r in recs] == [X.PLOVER_FIELDS] * 2
    visit = next(r for r in recs if r["cameo"] == "0431")
    assert visit["event_type"] == "CONSULT" or visit["event_type"] is None
    assert visit["actor"]["code"] == "KAZGOV" and visit["recipient"]["country"] == "RUS"
    assert visit["corrected"] is True and visit["event_intensity"] == 3.0


def test_csv_and_jsonl(events):
    buf = io.StringIO()
    X.write_csv(events, buf)
    reader = csv.DictReader(io.StringIO(buf.getvalue()))
    assert tuple(reader.fieldnames) == X.FLAT_COLUMNS
    rows = list(reader)
    assert {r["corrected"] for r in rows} == {"True", "False"}
    buf = io.StringIO()
    X.write_jsonl(events, buf)
    assert [json.loads(line)["event_id"] for line in buf.getvalue().splitlines()] == [
        e["event_id"] for e in events
    ]


def test_parquet(events, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert X.write_parquet(iter(events), str(path)) == 2
    table = pq.read_table(path)
    assert tuple(table.column_names) == X.FLAT_COLUMNS
    assert table.num_rows == 2


def test_events_command_formats(events, sqlite_store, tmp_path):
    from click.testing import CliRunner

    from multivector.cli import main

    db = str(sqlite_store.engine.url)
    runner = CliRunner()
    res = runner.invoke(main, ["events", "--db", db, "--actor", "KAZ"])
    assert res.exit_code == 0, res.output
    assert "0431*" in res.output and "2 of 2 events" in res.output
    res = runner.invoke(main, ["events", "--db", db, "--format", "gdelt", "--cameo", "04"])
    assert res.exit_code == 0 and len(res.output.splitlines()) == 1
    assert len(res.output.splitlines()[0].split("\t")) == 61
    out = tmp_path / "e.parquet"
    res = runner.invoke(main, ["events", "--db", db, "--format", "parquet", "--out", str(out)])
    assert res.exit_code == 0 and out.stat().st_size > 0
    res = runner.invoke(main, ["events", "--db", db, "--since", "last year"])
    assert res.exit_code == 2 and "not a date" in res.output
