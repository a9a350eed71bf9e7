"""multivector: foreign-policy text to CAMEO/PLOVER event data.

>>> from multivector import code_text
>>> events = code_text("Kazakhstan signed an agreement with China.", date="2013-09-07")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from multivector.model import Actor, CodedDocument, Document, Event, Span

if TYPE_CHECKING:
    from multivector.coding.coder import Coder

__all__ = ["Actor", "CodedDocument", "Document", "Event", "Span", "code_text", "get_coder"]
__version__ = "0.1.0"


def get_coder() -> Coder:
    """The default coder (bundled dictionaries, English model), loaded once per process."""
    from multivector.coding.coder import default_coder

    return default_coder()


def code_text(text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
    """Code a text into events; ``date`` (YYYY-MM-DD) anchors relative dates."""
    return get_coder().code_text(text, date=date, doc_id=doc_id)
