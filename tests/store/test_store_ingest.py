from __future__ import annotations

import json

from click.testing import CliRunner
from store_fake_coder import FakeCoder, make_fake_coder

from multivector.model import Document, DocumentProblem
from multivector.store import EventFilter
from multivector.store.ingest import ingest_documents


def _docs(n: int) -> list[Document]:
    return [Document(id=f"d{i}", text=f"KAZ 042 RUS 2001-01-{i % 28 + 1:02d}\nRUS 057 KAZ", date="2001")
            for i in range(n)]  # fmt: skip


def test_ingest_codes_stores_and_skips_what_is_stored(sqlite_store):
    coder = FakeCoder()
    seen = []
    stats = ingest_documents(sqlite_store, _docs(10), coder, batch_size=3,
                             progress=lambda s, n: seen.append(n))  # fmt: skip
    assert (stats.documents, stats.events, stats.sentences) == (10, 20, 20)
    assert seen[-1] == 10
    coder2 = FakeCoder()
    again = ingest_documents(sqlite_store, _docs(12), coder2, batch_size=3)
    assert again.skipped == 10 and again.documents == 2
    assert coder2.coded == ["d10", "d11"]  # stored documents are not coded again
    assert sqlite_store.count_events() == 24


def test_recode_is_explicit(sqlite_store):
    ingest_documents(sqlite_store, _docs(3), FakeCoder())
    coder = FakeCoder()
    stats = ingest_documents(sqlite_store, _docs(3), coder, recode=True)
    assert stats.recoded == 3 and stats.documents == 0 and len(coder.coded) == 3
    assert sqlite_store.count_events() == 6


def test_bad_documents_are_reported_and_recorded(sqlite_store):
    items = [
        Document(id="ok", text="KAZ 042 CHN"),
        DocumentProblem("feed.jsonl:2", "line 2: invalid JSON"),
        Document(id="bad", text="BAD text"),
        Document(id="ok2", text="KAZ 042 USA"),
    ]
    problems = []
    stats = ingest_documents(sqlite_store, items, FakeCoder(), batch_size=1,
                             on_problem=lambda name, reason: problems.append(name))  # fmt: skip
    assert stats.documents == 2 and stats.failed == 2
    assert sorted(problems) == ["bad", "feed.jsonl:2"]
    assert {f["name"] for f in sqlite_store.failures()} == {"bad", "feed.jsonl:2"}
    assert sqlite_store.count_events(EventFilter(actor="KAZ")) == 2


def test_duplicate_texts_in_one_run_are_stored_once(sqlite_store):
    docs = [Document(id="a", text="KAZ 042 RUS"), Document(id="b", text="KAZ 042 RUS")]
    stats = ingest_documents(sqlite_store, docs, FakeCoder())
    # the same text under another id: not stored twice, and counted as what it is
    assert (stats.documents, stats.skipped, stats.duplicates) == (1, 0, 1)
    assert stats.duplicate_of == [("b", "a")]
    assert sqlite_store.count_documents() == 1


def test_ingest_command(tmp_path, monkeypatch):
    import multivector.coding.coder as coder_module
    from multivector.cli import main

    monkeypatch.setattr(coder_module, "default_coder", lambda: FakeCoder())
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"id": "n1", "text": "Kazakhstan and Russia met.\nKAZ 042 RUS", "date": "2002-02-02"}
        )
        + "\n{not json\n"
    )
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(feed), "--db", db])
    assert res.exit_code == 0, res.output
    assert "stored 1 new" in res.output and "1 failed" in res.output
    assert "failed:" in res.output
    res = runner.invoke(main, ["ingest", str(feed), "--db", db])
    assert "skipped 1 already stored" in res.output


def test_workers_code_in_processes_and_one_writer_stores(sqlite_store):
    items = _docs(20) + [DocumentProblem("x.txt", "binary file")]
    stats = ingest_documents(sqlite_store, items, None, workers=2, batch_size=4,
                             coder_factory=make_fake_coder)  # fmt: skip
    assert (stats.documents, stats.events, stats.failed) == (20, 40, 1)
    assert sqlite_store.count_events(EventFilter(dyad="KAZ,RUS")) == 40
