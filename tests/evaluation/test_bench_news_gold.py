"""The miss classes of benchmarks/bench_news_gold.py (``--why``): how near the coder came."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_news_gold.py"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load(BENCH, "bench_news_gold")


GOLD = {
    "id": "g1",
    "sentence": "Ruritania expelled",
    "source": "RUR",
    "target": "SYL",
    "cameo": ["1652", "165"],
    "date": "2020-05-04",
}


def _event(code: str, source: str = "RUR", target: str = "SYL", date: str = "2020-05-04"):
    return {
        "sentence": "Ruritania expelled two Sylvanian diplomats.",
        "source": {"code": source},
        "target": {"code": target},
        "cameo": code,
        "date": date,
    }


def test_miss_classes_from_far_to_near(bench: ModuleType, shared_dir: Path):
    scorer = bench.load_scorer(shared_dir / "eval" / "score_events.py")
    why = bench.MISS_CLASSES
    other = {**_event("040"), "sentence": "Sylvania protested."}
    assert bench.miss_class(scorer, GOLD, [other]) == why[0]
    assert bench.miss_class(scorer, GOLD, [_event("040")]) == why[1]
    assert bench.miss_class(scorer, GOLD, [_event("161")]) == why[2]
    assert bench.miss_class(scorer, GOLD, [_event("165", target="FRE")]) == why[3]
    assert bench.miss_class(scorer, GOLD, [_event("1652", date="2020-06")]) == why[4]
    assert bench.miss_class(scorer, GOLD, [_event("1652")]) == why[5]
