"""The bundled sample corpus reads as designed and is our own text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from multivector.ingest import read_inputs
from multivector.model import Document, DocumentProblem
from multivector.samples import sample_paths

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "kazakhstan-foreign-policy.txt"


@pytest.fixture(scope="module")
def sample_items():
    return list(read_inputs([str(p) for p in sample_paths()]))


def test_every_sample_file_exists_and_every_kind_is_there():
    paths = sample_paths()
    assert all(p.is_file() for p in paths)
    assert {p.suffix for p in paths} == {".txt", ".jsonl", ".html"}


def test_samples_read_into_documents_and_one_refusal(sample_items):
    docs = [x for x in sample_items if isinstance(x, Document)]
    problems = [x for x in sample_items if isinstance(x, DocumentProblem)]
    assert len(docs) >= 8
    assert len(problems) == 1 and problems[0].name.endswith("not-english.txt")
    feed = [d for d in docs if d.id.startswith("feed-")]
    assert len(feed) >= 6 and all(d.date for d in feed)
    assert any(re.search(r"\b(yesterday|last week|on Monday)\b", d.text) for d in feed)
    html = next(d for d in docs if d.id == "summit-report")
    assert html.date == "2015-07-11"
    assert "Share this article" not in html.text and "Trending" not in html.text


def test_narrative_has_leaders_organisations_and_relative_dates(sample_items):
    narrative = next(d for d in sample_items if getattr(d, "id", "") == "kazakhstan-relations")
    for needle in (
        "Nazarbayev",
        "Yeltsin",
        "Putin",
        "Xi Jinping",
        "Tokayev",
        "Karimov",
        "Obama",
        "CSTO",
        "Shanghai Cooperation Organisation",
        "EAEU",
        "OSCE",
        "United Nations",
        "NATO",
        "SCO",
        "In May 1992",
        "the following year",
        "Two years later",
        "parliament ratified",
        "Russian troops",
    ):
        assert needle in narrative.text, needle


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_samples_share_no_eight_word_run_with_the_seed_document():
    if not SEED.exists():
        pytest.skip(f"reference seed document not found at {SEED} (../shared absent)")
    seed = _shingles(SEED.read_text("utf-8"))
    for path in sample_paths():
        overlap = seed & _shingles(path.read_text("utf-8"))
        assert not overlap, f"{path.name} repeats the seed: {' '.join(next(iter(overlap)))}"
