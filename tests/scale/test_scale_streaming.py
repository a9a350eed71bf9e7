"""Long documents piece by piece (issue 13): with ``stream``, a very long document is coded in
the parent, in its place in the output, and its events come part by part; the real coder's
parts hold the same events as the document coded whole."""

from __future__ import annotations

import os

import pytest
from scale_fakes import StreamingFakeCoder, streaming_coder

from multivector.model import Document
from multivector.scale import parallel, parallel_code_documents
from multivector.scale.parallel import parts_of


def _docs() -> list[Document]:
    docs = [Document(f"d{i}", f"Alpha{i} met Beta{i}. Gamma{i} urged Delta{i}.") for i in range(40)]
    long = " ".join(f"Source{k} praised Target{k}." for k in range(60))
    docs.insert(17, Document("long", long))
    return docs


def _flat(results) -> list[tuple[str, list[dict]]]:
    return [(r.document.id, [e.to_dict() for p in parts_of(r) for e in p.events]) for r in results]


@pytest.mark.parametrize("start_method", [None, "spawn"])
def test_a_very_long_document_is_coded_in_the_parent_in_its_place(monkeypatch, start_method):
    monkeypatch.setattr(parallel, "STREAM_IN_PARENT_CHARS", 500)
    out = list(parallel_code_documents(_docs(), workers=2, batch_size=4, stream=True,
                                       coder_factory=streaming_coder, start_method=start_method))  # fmt: skip
    assert [r.document.id for r in out] == [d.id for d in _docs()]
    long = out[17]
    assert long.pid == os.getpid()  # coded here, piece by piece
    expected = list(StreamingFakeCoder().code_documents(_docs()))
    assert _flat(out) == _flat(expected)
    assert len(_flat([expected[17]])[0][1]) == 60


def test_without_stream_every_document_comes_whole(monkeypatch):
    monkeypatch.setattr(parallel, "STREAM_IN_PARENT_CHARS", 500)
    out = list(parallel_code_documents(_docs(), workers=2, batch_size=4,
                                       coder_factory=streaming_coder))  # fmt: skip
    assert not any(hasattr(r, "parts") for r in out)


@pytest.mark.slow
def test_the_coders_parts_are_the_document_coded_whole(coder):
    from multivector.samples import sample_paths

    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_paths()
                       if p.suffix == ".txt" and "not-english" not in p.name)  # fmt: skip
    text = (base + "\n\n") * (70_000 // len(base) + 1)
    doc = Document("long", text, date="2001-01-01")
    [whole] = list(coder.code_documents([doc]))
    [streamed] = list(coder.code_documents([doc], stream=True))
    assert hasattr(streamed, "parts") and not streamed.events
    parts = list(streamed.parts())
    assert len(parts) >= 3 and all(p.problem is None for p in parts)
    assert [e.to_dict() for p in parts for e in p.events] == [e.to_dict() for e in whole.events]
    assert [s for p in parts for s in p.sentences] == whole.sentences
    assert streamed.n_sentences == whole.n_sentences
