"""The checks learn from the classifier's gold batches unless their own configuration lists
others: one list (training/config.yaml) to extend when a batch's first run is recorded."""

from __future__ import annotations

from pathlib import Path

from multivector.coding.verifier.train import training_batches


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "training").mkdir()
    (tmp_path / "training" / "config.yaml").write_text(
        "gold_batches:\n  - benchmarks/news_gold/batch2\n  - benchmarks/news_gold/batch1\n",
        encoding="utf-8",
    )
    return tmp_path


def test_without_a_list_the_checks_take_the_classifiers_batches_in_order(tmp_path):
    repo = _repo(tmp_path)
    assert [b.name for b in training_batches({"c": 0.3}, repo)] == ["batch2", "batch1"]


def test_a_list_of_their_own_replaces_them(tmp_path):
    repo = _repo(tmp_path)
    config = {"gold_batches": ["benchmarks/news_gold/batch7"]}
    assert training_batches(config, repo) == [repo / "benchmarks/news_gold/batch7"]
