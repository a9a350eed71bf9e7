"""Contributed texts read like files: the ingest package's reader over the posted bytes."""

from __future__ import annotations

from typing import Any

from multivector.web.community import CommunityError


def read_contribution(data: bytes, *, name: str, date: str, source_path: str) -> Any:
    """A contributed text or upload as a :class:`~multivector.model.Document`, read by the
    files' reader (``InputReader.from_bytes``); the contributor's date, if given, wins over
    a date in the page. Unusable input raises :class:`CommunityError`."""
    from multivector.ingest.readers import InputReader
    from multivector.ingest.text import InputError, normalise_date
    from multivector.model import DocumentProblem

    try:
        given = normalise_date(date) if date.strip() else None
    except InputError as e:
        raise CommunityError(f"{name}: {e}") from None
    reader = InputReader(date=given, max_bytes=len(data) + 1)
    items = list(reader.from_bytes(data, "", doc_id="contribution", name=name, source=None))
    doc = items[0] if items else DocumentProblem(name, "empty text")
    if isinstance(doc, DocumentProblem):
        raise CommunityError(f"{name}: {doc.reason}")
    doc.date = given or doc.date
    doc.source_path = source_path
    return doc
