"""``code`` and ``ingest`` on a long document (issue 13): its events are written piece by piece
(``code`` as JSON Lines while the document is being coded; ``ingest`` within the document's
transaction) and are the events of the document coded whole."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from multivector.cli import main
from multivector.model import Document

pytestmark = pytest.mark.slow


@pytest.fixture()
def long_text() -> str:
    from multivector.samples import sample_paths

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_paths()
                       if p.suffix == ".txt" and "not-english" not in p.name)  # fmt: skip
    return (base + "\n\n") * (60_000 // len(base) + 1)


def test_code_and_ingest_write_a_long_documents_events(
    tmp_path, long_text, full_coder, monkeypatch
):
    path = tmp_path / "long.txt"
    path.write_text(long_text, encoding="utf-8")
    # the document as the command reads it (the reader trims the file's trailing newlines, and
    # the parse's vectors of the last sentence, which the classifier reads, depend on them)
    from multivector.ingest import read_inputs

    [read] = list(read_inputs([str(path)], date="2001-01-01"))
    [whole] = list(full_coder.code_documents([Document("long", read.text, date="2001-01-01")]))
    assert len(whole.events) > 20

    pieces_written = []
    import multivector.coding.coder as coder_module

    real = coder_module.Coder.code_pieces

    def spy(self, document):
        for part in real(self, document):
            pieces_written.append(len(part.events))
            yield part

    monkeypatch.setattr(coder_module.Coder, "code_pieces", spy)
    result = CliRunner().invoke(main, ["code", "--workers", "1", "--date", "2001-01-01", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert [e["event_id"] for e in lines] == [e.event_id for e in whole.events]
    assert len(pieces_written) >= 3  # it went piece by piece

    db = tmp_path / "s.db"
    result = CliRunner().invoke(main, ["ingest", "--workers", "1", "--date", "2001-01-01",
                                       "--db", str(db), "--no-progress", str(path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    from multivector.store import open_store

    store = open_store(f"sqlite:///{db}", create=False)
    try:
        [doc] = store.documents()
        stored = store.get_document(doc["id"])
        assert stored["n_events"] == len(whole.events)
        assert stored["n_sentences"] == whole.n_sentences
        assert len(stored["sentences"]) == whole.n_sentences
    finally:
        store.close()
