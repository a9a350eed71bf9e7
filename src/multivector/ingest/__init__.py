"""Input readers: plain text, HTML, JSON Lines, directories and stdin -> documents.

>>> from multivector.ingest import read_inputs
>>> for item in read_inputs(["news/"], date="2015-06-01"):
...     ...  # a Document, or a DocumentProblem naming the file and the reason
"""

from __future__ import annotations

from multivector.ingest.readers import (
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    PARQUET_SUFFIXES,
    InputReader,
    read_inputs,
    relative_doc_id,
)
from multivector.ingest.text import InputError, normalise_date, strip_boilerplate

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "PARQUET_SUFFIXES",
    "InputError",
    "InputReader",
    "normalise_date",
    "read_inputs",
    "relative_doc_id",
    "strip_boilerplate",
]
