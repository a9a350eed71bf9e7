"""The classifier's synthetic training data (training/events/*.jsonl): well-formed, labelled with
codes the ontology knows, no sentence twice, and the session-5 corpus broad enough to matter."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT / "training" / "events"
CODES_TSV = ROOT / "src" / "multivector" / "ontology" / "data" / "cameo_codes.tsv"


def event_codes() -> set[str]:
    codes = set()
    for line in CODES_TSV.read_text(encoding="utf-8").splitlines():
        code = line.split("\t", 1)[0]
        if code[:1].isdigit():
            codes.add(code)
    return codes


def rows(pattern: str = "*.jsonl") -> list[tuple[str, dict]]:
    out = []
    for path in sorted(EVENTS.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((path.name, json.loads(line)))
    return out


def test_every_new_row_has_text_and_a_known_code_or_none():
    codes = event_codes()
    new = rows("corpus5_*.jsonl")
    assert new
    for name, row in new:
        assert row["text"].strip(), name
        assert row.get("cameo") is None or row["cameo"] in codes, (name, row["cameo"])
        assert set(row) >= {"text", "cameo", "source", "target", "genre", "region"}, (name, row)


def test_no_new_sentence_repeats_another():
    new = [row["text"].strip().lower() for _, row in rows("corpus5_*.jsonl")]
    assert new
    seen = Counter(row["text"].strip().lower() for _, row in rows())
    twice = [t for t in new if seen[t] > 1]
    assert not twice, twice[:5]


def test_the_session5_corpus_is_broad():
    new = [row for _, row in rows("corpus5_*.jsonl")]
    assert len(new) >= 2500
    roots = Counter((row["cameo"] or "none")[:2] if row["cameo"] else "none" for row in new)
    # every CAMEO root, and many hard "no event" sentences
    assert all(roots[f"{r:02d}"] >= 40 for r in range(1, 21)), roots
    assert roots["none"] >= 400
    # many genres, not one template of wire copy
    genres = Counter(row["genre"] for row in new)
    assert len(genres) >= 6 and max(genres.values()) < 0.8 * len(new), genres


def test_the_session5_corpus_has_the_hard_forms():
    texts = [row["text"] for _, row in rows("corpus5_*.jsonl") if row["cameo"]]
    interviews = [t for t in texts if t.startswith(("Q:", '"'))]
    passives = [t for t in texts if " was " in t or " were " in t]
    assert len(interviews) >= 150
    assert len(passives) >= 150
    none = [row["text"] for _, row in rows("corpus5_*.jsonl") if not row["cameo"]]
    negated = [t for t in none if " not " in t or " no " in t or "n't" in t]
    hypothetical = [
        t for t in none if t.startswith(("If ", "Had ", "Should ", "Were ", "Whether "))
    ]
    assert len(negated) >= 80 and len(hypothetical) >= 10


def test_the_trainer_reads_the_new_rows(tmp_path):
    pytest.importorskip("yaml")
    from multivector.coding.classifier.train import read_examples

    (tmp_path / "events").mkdir()
    src = EVENTS / "corpus5_none_hard.jsonl"
    (tmp_path / "events" / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "config.yaml").write_text("gold_batches: []\n", encoding="utf-8")
    examples = read_examples(tmp_path)
    assert len(examples) == len(rows(src.name))
    assert all(not e.codes for e in examples)  # "no event" rows carry no code
