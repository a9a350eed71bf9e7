"""Issue 13, findings 4 and 5 on the store side: read commands never create a store, honest
bookkeeping of duplicates and failures, a unique-key clash of a concurrent writer."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy.exc import IntegrityError
from store_fake_coder import FakeCoder

from multivector.cli import main
from multivector.model import Document
from multivector.store import open_store
from multivector.store.core import Store
from multivector.store.errors import StoreNotFound, failure_key
from multivector.store.ingest import ingest_documents


@pytest.fixture()
def fake_default_coder(monkeypatch):
    import multivector.coding.coder as coder_module

    monkeypatch.setattr(coder_module, "default_coder", lambda: FakeCoder())


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["events", "--format", "jsonl"],
        ["orient", "KAZ"],
        ["series", "KAZ,RUS"],
        ["partners", "KAZ"],
        ["report", "KAZ"],
    ],
)
def test_read_commands_never_create_a_store(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo.db"
    for db in (str(missing), f"sqlite:///{missing}"):
        result = CliRunner().invoke(main, [*command, "--db", db])
        assert result.exit_code == 1, result.output
        assert f"no store at {missing}" in result.output
        assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == [], "nothing may be created"


def test_open_store_without_create(tmp_path):
    with pytest.raises(StoreNotFound, match="no store at"):
        open_store(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()
    # an existing SQLite file that is not (yet) a store is not one either
    open_store(str(tmp_path / "empty.db"), migrate=False).engine.connect().close()
    with pytest.raises(StoreNotFound, match="no multivector tables"):
        open_store(str(tmp_path / "empty.db"), create=False)
    open_store(str(tmp_path / "real.db")).close()
    open_store(str(tmp_path / "real.db"), create=False).close()


def test_opening_a_current_store_does_not_write(tmp_path):
    url = f"sqlite:///{tmp_path / 's.db'}"
    open_store(url).close()
    ro = open_store(f"sqlite:///file:{tmp_path / 's.db'}?mode=ro&uri=true")
    assert ro.count_events() == 0


def test_same_text_under_other_ids_is_reported_as_such(sqlite_store):
    docs = [Document(id=f"copy{i}", text="KAZ 042 RUS") for i in range(5)]
    heard: list[tuple[str, str]] = []
    stats = ingest_documents(
        sqlite_store, docs, FakeCoder(), on_duplicate=lambda *a: heard.append(a)
    )
    assert (stats.documents, stats.skipped, stats.duplicates) == (1, 0, 4)
    assert heard == [(f"copy{i}", "copy0") for i in range(1, 5)]
    again = ingest_documents(sqlite_store, docs, FakeCoder())
    assert (again.documents, again.skipped, again.duplicates) == (0, 1, 4)


def test_ingest_command_says_what_happened_to_copies(tmp_path, fake_default_coder):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"c{i}", "text": "KAZ 042 RUS"}) + "\n"
                            for i in range(5)))  # fmt: skip
    res = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(tmp_path / "s.db")])
    assert res.exit_code == 0, res.output
    assert "skipped c1: same text as c0, not stored again" in res.output
    assert "skipped 0 already stored and 4 with the same text as a stored document" in res.output


def test_failures_are_keyed_by_normalised_path_and_cleared_when_stored(
    tmp_path, monkeypatch, fake_default_coder
):
    monkeypatch.chdir(tmp_path)
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "n1", "text": "KAZ 042 RUS"})
    feed.write_text(good + "\n{not json\n")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    for path in ("./feed.jsonl", str(feed), "feed.jsonl"):
        res = runner.invoke(main, ["ingest", path, "--db", db])
        assert res.exit_code == 0, res.output
    [failure] = open_store(db).failures()
    assert failure["name"] == f"{feed.resolve()}:2" and failure["attempts"] == 3
    feed.write_text(good + "\n" + json.dumps({"id": "n2", "text": "KAZ 043 CHN"}) + "\n")
    res = runner.invoke(main, ["ingest", "./feed.jsonl", "--db", db])
    assert "stored 1 new" in res.output, res.output
    assert open_store(db).failures() == []


def test_failure_key():
    assert failure_key("<stdin>:3") == "<stdin>:3"
    assert failure_key("no/such/file.txt") == "no/such/file.txt"
    assert failure_key("doc-id-7") == "doc-id-7"


def test_a_unique_key_clash_of_a_concurrent_writer_is_retried(sqlite_store, monkeypatch):
    """Another ingest stores a document between our check and our insert: the batch is rolled
    back and run again, and the document counts as stored rather than failing the run."""
    docs = [Document(id="a", text="KAZ 042 RUS"), Document(id="b", text="KAZ 043 CHN")]
    other = open_store(str(sqlite_store.engine.url.database))
    real_add_one = Store._add_one
    calls = {"n": 0}

    def racing_add_one(self, conn, cd, *args):
        calls["n"] += 1
        if calls["n"] == 1:
            # the concurrent writer commits document "a" first; our insert then clashes
            other.add_coded_documents(FakeCoder().code_documents([docs[0]]))
            raise IntegrityError("INSERT INTO documents ...", {}, Exception("UNIQUE constraint"))
        return real_add_one(self, conn, cd, *args)

    monkeypatch.setattr(Store, "_add_one", racing_add_one)
    stats = ingest_documents(sqlite_store, docs, FakeCoder())
    assert (stats.documents, stats.skipped, stats.failed) == (1, 1, 0)
    assert sqlite_store.count_documents() == 2
    other.close()


def test_a_real_unique_violation_on_postgresql_is_retried(store):
    """Two writers insert the same document: the second blocks on the first's uncommitted row,
    gets a unique violation when it commits, runs its batch again and skips the document."""
    import threading

    from multivector.store.core import IngestStats

    if store.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time: no unique violation between writers")
    [coded] = list(FakeCoder().code_documents([Document(id="a", text="KAZ 042 RUS")]))
    [copy] = list(FakeCoder().code_documents([Document(id="a", text="KAZ 042 RUS")]))
    other = open_store(store.engine.url.render_as_string(hide_password=False))
    results: list = []
    with store.engine.begin() as conn:
        store._add_one(conn, coded, "accepted", False, IngestStats())  # not committed yet
        worker = threading.Thread(target=lambda: results.append(other.add_coded_documents([copy])))
        worker.start()
        worker.join(timeout=1.5)
        assert worker.is_alive(), "the second writer should wait for the first"
    worker.join(timeout=30)
    other.close()
    assert results and (results[0].documents, results[0].skipped) == (0, 1)
    assert store.count_documents() == 1
