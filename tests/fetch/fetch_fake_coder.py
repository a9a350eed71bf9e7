"""A coder stand-in for fetch tests: every sentence with "signed" is one KAZ -> RUS 057 event."""

from __future__ import annotations

from multivector.model import CodedDocument
from multivector.store.synthetic import make_event


class SignedCoder:
    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_documents(self, documents, batch_size: int = 32):
        for doc in documents:
            self.coded.append(doc.id)
            events, sentences, pos = [], [], 0
            for i, line in enumerate(doc.text.split("\n")):
                sentences.append((pos, pos + len(line), line))
                if "signed" in line:
                    ev = make_event("KAZ", "RUS", "057", date=doc.date, doc_id=doc.id,
                                    sentence_id=i, sentence=line)  # fmt: skip
                    ev.sentence_start = pos
                    events.append(ev)
                pos += len(line) + 1
            yield CodedDocument(document=doc, events=events, n_sentences=len(sentences),
                                sentences=sentences)  # fmt: skip


def make_signed_coder() -> SignedCoder:
    return SignedCoder()
