"""The bundled sample corpus: a few short documents written for multivector's demo and tests.

They show every kind of input and output: a narrative with explicit and relative dates, a
dated JSON Lines news feed, an HTML page with page chrome to strip, a second region, and one
file that is refused (not English) to show the error path. The texts are written for the demo;
they follow the historical record in outline but are not a reference.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The sample files in demo order.
SAMPLE_FILES = (
    "kazakhstan-relations.txt",
    "news-feed.jsonl",
    "summit-report.html",
    "south-caucasus.txt",
    "not-english.txt",
)


def sample_paths() -> list[Path]:
    """Paths of the bundled sample files, in demo order (readable with ``read_inputs``)."""
    root = resources.files("multivector.samples")
    return [Path(str(root.joinpath(name))) for name in SAMPLE_FILES]
