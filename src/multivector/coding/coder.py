"""The coder: documents in, events out. (Interface first; the pipeline is filled in below.)"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from multivector.model import CodedDocument, Document, Event


class Coder:
    """Codes documents into events with a spaCy model and multivector's dictionaries.

    Load it once and reuse it: loading the model and dictionaries is the expensive part.
    """

    def __init__(self, dictionary_paths: Iterable[str] = (), nlp=None) -> None:
        self.dictionary_paths = list(dictionary_paths)
        self._nlp = nlp

    def code_documents(
        self, documents: Iterable[Document], batch_size: int = 32
    ) -> Iterator[CodedDocument]:
        """Code a stream of documents, yielding one :class:`CodedDocument` each, in input order."""
        raise NotImplementedError

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        """Code one text; ``date`` (YYYY-MM-DD) anchors relative dates."""
        coded = next(self.code_documents([Document(id=doc_id, text=text, date=date)]))
        return coded.events


@functools.lru_cache(maxsize=1)
def default_coder() -> Coder:
    """The process-wide default coder, built on first use."""
    return Coder()
