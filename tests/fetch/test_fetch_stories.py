"""Story clustering: the measured pairs, signatures that survive the store, the index's rules."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from multivector.fetch.stories import (
    StoryIndex,
    from_bytes,
    new_story_id,
    signature,
    story_settings,
    to_bytes,
)

BENCH = Path(__file__).parents[2] / "benchmarks" / "bench_stories.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_stories", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_on_the_written_pairs():
    bench = _bench()
    pairs = bench.load_pairs()
    assert len(pairs) >= 60
    result = bench.evaluate(pairs)
    assert result["precision"] >= 0.95 and result["recall"] >= 0.95, result["misses"]


def test_signatures_round_trip_and_short_texts_stand_alone():
    cfg = story_settings()
    text = " ".join(f"word{i}" for i in range(50))
    sig = signature(text, cfg)
    assert from_bytes(to_bytes(sig), cfg).jaccard(sig) == 1.0
    assert signature("too short to compare", cfg) is None
    index = StoryIndex(cfg)
    assert index.assign("a", None) == new_story_id("a")
    assert index.assign("b", None) == new_story_id("b")
    assert index.assign("c", sig) == new_story_id("c")
    assert index.assign("d", signature(text + " and one more", cfg)) == new_story_id("c")
