"""Input readers: plain text, HTML, JSON Lines, directories and stdin -> documents.

>>> from multivector.ingest import read_inputs
>>> for item in read_inputs(["news/"], date="2015-06-01"):
...     ...  # a Document, or a DocumentProblem naming the file and the reason
"""

from __future__ import annotations

from multivector.ingest.readers import read_inputs
from multivector.ingest.text import InputError, normalise_date, strip_boilerplate

__all__ = ["InputError", "normalise_date", "read_inputs", "strip_boilerplate"]
