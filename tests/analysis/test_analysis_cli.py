from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from multivector.cli import main
from multivector.store import open_store
from multivector.store.core import normalize_url
from multivector.store.synthetic import coded_document, make_event


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = open_store(url)
    events = [
        make_event("KAZ", "RUS", "057", date="2001-02-03"),
        make_event("RUS", "KAZ", "111", date="2001-05-01"),
        make_event("KAZ", "CHN", "042", date="2002-07-01"),
        make_event("KAZ", "USA", "061", date="2002-08-01"),
    ]
    for i, ev in enumerate(events):
        ev.sentence_id = i
    store.add_coded_documents([coded_document("d", events)])
    store.close()
    return url


def run(*args):
    res = CliRunner().invoke(main, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_orient_table_and_json(db):
    out = run("orient", "KAZ", "--db", db, "--by", "year")
    assert "2001" in out and "2002" in out and "multipolarity" in out
    rows = json.loads(run("orient", "kaz", "--db", db, "--json"))
    assert rows[0]["actor"] == "KAZ"
    assert rows[0]["poles"]["Russia"]["conflict_events"] == 1
    only_2002 = json.loads(run("orient", "KAZ", "--db", db, "--json", "--since", "2002"))
    assert only_2002[0]["poles"]["Russia"]["coop_events"] == 0


def test_series_and_partners(db):
    out = run("series", "KAZ,RUS", "--db", db, "--by", "month")
    assert "2001-02" in out and "2001-05" in out
    points = json.loads(run("series", "KAZ", "--db", db, "--by", "year", "--json"))
    assert [(p["period"], p["events"]) for p in points] == [("2001", 2), ("2002", 2)]
    partners = json.loads(run("partners", "KAZ", "--db", db, "--json"))
    assert {p["partner"]: p["pole"] for p in partners} == {"RUS": "Russia", "CHN": "China", "USA": "West"}


def test_errors_are_clear(db, tmp_path):
    bad = tmp_path / "poles.yaml"
    bad.write_text("poles: 3\n")
    res = CliRunner().invoke(main, ["orient", "KAZ", "--db", db, "--poles", str(bad)])
    assert res.exit_code == 1 and "poles.yaml" in res.output and "expected a mapping" in res.output
    res = CliRunner().invoke(main, ["series", "A,B,C", "--db", db])
    assert res.exit_code == 2
    res = CliRunner().invoke(main, ["events", "--db", db, "--quad", "7"])
    assert res.exit_code == 2 and "quad class" in res.output


def test_url_forms():
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("store.db") == "sqlite:///store.db"
    assert normalize_url("sqlite:///x.db") == "sqlite:///x.db"


def test_format_json_is_the_same_as_json(db):
    for cmd in (("orient", "KAZ"), ("series", "KAZ", "--by", "year"), ("partners", "KAZ")):
        assert run(*cmd, "--db", db, "--format", "json") == run(*cmd, "--db", db, "--json")
        assert run(*cmd, "--db", db, "--format", "table") == run(*cmd, "--db", db)
