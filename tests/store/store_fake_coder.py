"""A coder stand-in for store tests: each line "SRC CAMEO TGT [DATE]" is one event."""

from __future__ import annotations

from multivector.model import CodedDocument, DocumentProblem
from multivector.store.synthetic import make_event


class FakeCoder:
    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_documents(self, documents, batch_size: int = 32):
        for doc in documents:
            self.coded.append(doc.id)
            if "BAD" in doc.text:
                yield CodedDocument(document=doc, problem=DocumentProblem(doc.id, "cannot code BAD"))
                continue
            events, sentences, pos = [], [], 0
            for i, line in enumerate(doc.text.split("\n")):
                sentences.append((pos, pos + len(line), line))
                parts = line.split()
                if len(parts) >= 3:
                    ev = make_event(parts[0], parts[2], parts[1],
                                    date=parts[3] if len(parts) > 3 else doc.date,
                                    doc_id=doc.id, sentence_id=i, sentence=line)  # fmt: skip
                    ev.sentence_start = pos
                    events.append(ev)
                pos += len(line) + 1
            yield CodedDocument(document=doc, events=events, n_sentences=len(sentences),
                                sentences=sentences)  # fmt: skip


def make_fake_coder() -> FakeCoder:
    """A picklable factory for worker processes."""
    return FakeCoder()
