"""A long document whose events arrive piece by piece (issue 13: memory bounded for any size):
stored in one transaction of its own, each piece as it comes; the same rows as a document coded
whole; a parser failure on a later piece stores nothing of it and records it as failed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from store_fake_coder import FakeCoder

from multivector.model import CodedDocument, Document, DocumentProblem
from multivector.store.ingest import add_streamed_document, ingest_documents

LINES = ["KAZ 042 RUS", "RUS 036 KAZ 2001-02-03", "nothing here", "CHN 057 KAZ", "USA 111 IRN"]


def _text(n_lines: int, tag: str = "") -> str:
    return "\n".join(f"{LINES[i % len(LINES)]}" if i % 7 else f"note {tag}{i}"
                     for i in range(n_lines))  # fmt: skip


class StreamingFakeCoder(FakeCoder):
    """The fake coder, with long documents (over ``max_chunk`` characters) as streamed
    documents of pieces of ``lines`` lines; "FAILAT" in a piece is a parser failure there."""

    def __init__(self, max_chunk: int = 200, lines: int = 7) -> None:
        super().__init__()
        self.max_chunk, self.lines = max_chunk, lines

    def code_pieces(self, document: Document) -> Iterator[CodedDocument]:
        whole = next(super().code_documents([document]))
        for k in range(0, len(whole.sentences), self.lines):
            sents = whole.sentences[k : k + self.lines]
            if any("FAILAT" in t for _, _, t in sents):
                yield CodedDocument(document, problem=DocumentProblem(document.id, "parse failed"))
                return
            events = [e for e in whole.events if k <= e.sentence_id < k + self.lines]
            yield CodedDocument(document, events, len(sents), sents)

    def code_documents(self, documents, batch_size: int = 32, stream: bool = False):
        for doc in documents:
            if stream and len(doc.text) > self.max_chunk:
                yield Streamed(doc, self.code_pieces(doc))
            else:
                yield from super().code_documents([doc])


class Streamed(CodedDocument):
    """Stands in for ``multivector.coding.coder.StreamedDocument`` (which needs spaCy)."""

    __slots__ = ("_pieces",)

    def __init__(self, document: Document, pieces: Iterator[CodedDocument]) -> None:
        super().__init__(document)
        self._pieces = pieces

    def parts(self) -> Iterator[CodedDocument]:
        pieces, self._pieces = self._pieces, iter(())
        yield from pieces


def _snapshot(store, doc_id: str):
    doc = store.get_document(doc_id)
    events = sorted((e["event_id"], e["sentence_id"], e["cameo"], e["source"]["code"])
                    for e in doc["events"])  # fmt: skip
    sents = [(s["sentence_id"], s["start"], s["end"], s["text"]) for s in doc["sentences"]]
    return doc["n_sentences"], doc["n_events"], sents, events


@pytest.fixture
def other_store(tmp_path):
    from multivector.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'whole.db'}")
    yield s
    s.close()


def test_a_streamed_document_is_stored_as_if_coded_whole(store, other_store):
    doc = Document("long", _text(60, "a"), date="2001-01-01")
    stats = add_streamed_document(store, next(StreamingFakeCoder().code_documents([doc], stream=True)))
    other_store.add_coded_documents(FakeCoder().code_documents([doc]))
    assert (stats.documents, stats.events) == (1, other_store.count_events())
    assert _snapshot(store, "long") == _snapshot(other_store, "long")
    assert _snapshot(store, "long")[0] == 60


def test_a_failure_on_a_later_piece_stores_nothing_and_is_recorded(store):
    doc = Document("bad", _text(30, "b") + "\nFAILAT here\n" + _text(10, "c"))
    problems = []
    stats = add_streamed_document(
        store, next(StreamingFakeCoder().code_documents([doc], stream=True)),
        on_problem=lambda name, reason: problems.append((name, reason)),
    )  # fmt: skip
    assert stats.failed == 1 and stats.documents == 0
    assert store.count_documents() == 0 and store.count_events() == 0
    assert [f["name"] for f in store.failures()] == ["bad"]
    assert problems == [("bad", "parse failed")]


def test_a_streamed_document_already_stored_is_skipped(store):
    doc = Document("long", _text(40, "d"))
    coder = StreamingFakeCoder()
    add_streamed_document(store, next(coder.code_documents([doc], stream=True)))
    again = add_streamed_document(store, next(coder.code_documents([doc], stream=True)))
    assert (again.documents, again.skipped) == (0, 1)
    assert store.count_documents() == 1


def test_ingest_stores_long_and_short_documents_in_order(store, other_store):
    docs = [Document(f"s{i}", _text(3, f"s{i}-")) for i in range(5)]
    docs.insert(2, Document("long1", _text(50, "e")))
    docs.append(Document("long2", _text(45, "f")))
    stats = ingest_documents(store, docs, StreamingFakeCoder(), batch_size=2)
    whole = ingest_documents(other_store, docs, FakeCoder(), batch_size=2)
    assert stats.to_dict() == whole.to_dict()
    for d in docs:
        assert _snapshot(store, d.id) == _snapshot(other_store, d.id)


def test_leading_pieces_without_sentences_are_passed_over(store):
    doc = Document("blank-start", " " * 500 + _text(20, "g"))
    pieces = StreamingFakeCoder().code_pieces(Document("blank-start", _text(20, "g")))
    empty = [CodedDocument(doc), CodedDocument(doc)]  # what a piece of blank lines gives
    parts = iter(empty + [CodedDocument(doc, p.events, p.n_sentences, p.sentences) for p in pieces])
    stats = add_streamed_document(store, Streamed(doc, parts))
    assert stats.documents == 1
    n_sentences, _, sents, _ = _snapshot(store, "blank-start")
    assert n_sentences == 20 and [s[0] for s in sents] == list(range(20))
    assert all(len(s[3]) < 100 for s in sents)


def test_the_content_hash_is_the_hash_of_the_whole_text():
    import hashlib

    text = "Astana – “Kazakhstan” signed.\n" * 70_000  # over a million characters, not ASCII
    assert Document("h", text).content_hash == hashlib.sha256(text.encode()).hexdigest()
