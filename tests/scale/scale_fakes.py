"""A deterministic stand-in coder for testing the scale-out machinery without spaCy.

It must live in an importable module (not a test file) so spawned workers can unpickle it.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator

from multivector.model import Actor, CodedDocument, Document, DocumentProblem, Event, Span


class FakeCoder:
    """One event per sentence: the sentence's first word acts on its last word."""

    def __init__(self, tag_pid: bool = False, delay: float = 0.0) -> None:
        self.tag_pid = tag_pid
        self.delay = delay

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument]:
        for doc in documents:
            time.sleep(self.delay)
            if "EXPLODE" in doc.text:
                raise ValueError(f"cannot code {doc.id}")
            if "REFUSE" in doc.text:
                yield CodedDocument(doc, problem=DocumentProblem(doc.id, "refused by the coder"))
                continue
            sentences = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", doc.text)]
            events = []
            for i, (start, _end, sent) in enumerate(sentences):
                words = re.findall(r"\w+", sent)
                if len(words) < 2:
                    continue
                events.append(
                    Event(
                        doc_id=doc.id,
                        sentence_id=i,
                        sentence=sent.strip(),
                        source=Actor(words[0], words[0][:3].upper(), None, Span(start, start + 1)),
                        target=Actor(words[-1], words[-1][:3].upper()),
                        cameo="042",
                        plover="CONSULT",
                        quad_class=1,
                        goldstein=1.9,
                        rule=f"pid:{os.getpid()}" if self.tag_pid else "fake",
                        date=doc.date,
                    )
                )
            yield CodedDocument(doc, events, len(sentences), sentences)


def fake_coder() -> FakeCoder:
    return FakeCoder()


def pid_coder() -> FakeCoder:
    # slow enough that one worker cannot drain the queue before the other has started
    return FakeCoder(tag_pid=True, delay=0.02)


def broken_factory() -> FakeCoder:
    raise RuntimeError("model not found")


def slow_coder() -> FakeCoder:
    # slow enough that a test can kill the parent while the workers are busy
    return FakeCoder(delay=0.05)


def logging_coder() -> FakeCoder:
    """A fake coder that notes the process building it in ``$MV_FACTORY_LOG`` (one pid a line)."""
    with open(os.environ["MV_FACTORY_LOG"], "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    return FakeCoder(tag_pid=True, delay=0.01)


class StreamingFakeCoder(FakeCoder):
    """The fake coder with ``stream``: a document over 100 characters comes as a streamed
    document (``parts()``: one CodedDocument per two sentences)."""

    def code_pieces(self, document: Document) -> Iterator[CodedDocument]:
        [whole] = list(super().code_documents([document]))
        for k in range(0, len(whole.sentences), 2):
            events = [e for e in whole.events if k <= e.sentence_id < k + 2]
            yield CodedDocument(document, events, 0, whole.sentences[k : k + 2])

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32, stream: bool = False
    ) -> Iterator[CodedDocument]:
        for doc in documents:
            if stream and len(doc.text) > 100:
                yield StreamedFake(doc, pid=os.getpid(), pieces=self.code_pieces(doc))
            else:
                yield from super().code_documents([doc])


class StreamedFake(CodedDocument):
    """Stands in for ``multivector.coding.coder.StreamedDocument``; notes where it was coded."""

    __slots__ = ("pid", "_pieces")

    def __init__(self, document: Document, pid: int, pieces: Iterator[CodedDocument]) -> None:
        super().__init__(document)
        self.pid, self._pieces = pid, pieces

    def parts(self) -> Iterator[CodedDocument]:
        pieces, self._pieces = self._pieces, iter(())
        yield from pieces


def streaming_coder() -> StreamingFakeCoder:
    return StreamingFakeCoder()
