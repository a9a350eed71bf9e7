"""Precision and recall of story clustering (MinHash/LSH) on near-duplicate and distinct pairs.

The pairs are built from the twenty stories of ``data/story_texts.yaml`` (written for this
benchmark) and written to ``data/story_pairs.jsonl`` (``--write``):

- near duplicates (label 1): the same wire story as published by another outlet: another
  headline and byline, a dateline, a different footer, the last sentence cut, a sentence of
  the outlet's own added;
- distinct (label 0): two different stories on the same topic, and two different stories
  published by the same outlet with the same page chrome (header, footer, related links).

Each pair is clustered from scratch: the first text is added to an empty index, the second is
assigned; it is "same story" when it joins the first one's story. Run:

    .venv/bin/python benchmarks/bench_stories.py [--threshold 0.5] [--write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

from multivector.fetch.stories import StoryIndex, signature, similarity, story_settings

DATA = Path(__file__).parent / "data"
OUTLETS = [
    ("Steppe Daily", "By our correspondent", "Steppe Daily. All rights reserved. Reproduction "
     "without written permission is prohibited. Subscribe to our morning newsletter for the "
     "region's news."),
    ("Caspian Wire", "Staff reporter", "Reporting by the Caspian Wire desk; editing by the "
     "night editor. Follow us for more news from the Caspian region and Central Asia."),
    ("Silk Road Times", "By a special correspondent", "Copyright Silk Road Times. Share this "
     "article. Related: markets, energy, diplomacy. Comments are closed for this article."),
]
ADDED = "The ministry gave no further details, and officials could not be reached for comment."


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=\.)\s+", text.strip())


def variant(story: dict, kind: str, outlet: int) -> str:
    """A copy of ``story`` as an outlet would publish it."""
    name, byline, footer = OUTLETS[outlet % len(OUTLETS)]
    heads = story["headlines"]
    body = story["body"]
    if kind == "original":
        return f"{heads[0]}\n\n{body}"
    if kind == "headline":
        return f"{heads[1]}\n{byline}, {name}\n\n{body}\n\n{footer}"
    if kind == "trim":
        return f"{heads[0]}\n\n" + " ".join(_sentences(body)[:-1]) + f"\n\n{footer}"
    if kind == "dateline":
        sents = _sentences(body)
        sents.insert(len(sents) // 2, ADDED)
        return f"{heads[1]}\n\nASTANA ({name}) - " + " ".join(sents) + f"\n\n{footer}"
    raise ValueError(kind)


def build_pairs(stories: list[dict]) -> list[dict]:
    pairs = []
    for i, s in enumerate(stories):
        for a, b in (("original", "headline"), ("original", "trim"), ("headline", "dateline")):
            pairs.append({"label": 1, "kind": f"near:{a}/{b}", "a_id": s["id"], "b_id": s["id"],
                          "a": variant(s, a, i), "b": variant(s, b, i + 1)})  # fmt: skip
    by_topic: dict[str, list[dict]] = {}
    for s in stories:
        by_topic.setdefault(s["topic"], []).append(s)
    for group in by_topic.values():
        x, y = group[0], group[1]
        pairs.append({"label": 0, "kind": "distinct:same-topic", "a_id": x["id"], "b_id": y["id"],
                      "a": variant(x, "original", 0), "b": variant(y, "original", 0)})  # fmt: skip
        pairs.append({"label": 0, "kind": "distinct:same-topic-copies", "a_id": x["id"],
                      "b_id": y["id"], "a": variant(x, "headline", 1), "b": variant(y, "trim", 1)})  # fmt: skip
    for i, s in enumerate(stories):
        t = stories[(i + 1) % len(stories)]
        pairs.append({"label": 0, "kind": "distinct:same-outlet-chrome", "a_id": s["id"],
                      "b_id": t["id"], "a": variant(s, "dateline", 2), "b": variant(t, "dateline", 2)})  # fmt: skip
    return pairs


def evaluate(pairs: list[dict], threshold: float | None = None) -> dict:
    """Precision and recall of "same story" over the pairs, and the misses."""
    cfg = story_settings(threshold=threshold)
    tp = fp = fn = tn = 0
    misses = []
    for n, p in enumerate(pairs):
        index = StoryIndex(cfg)
        index.assign(f"a{n}", signature(p["a"], cfg))
        same = index.assign(f"b{n}", signature(p["b"], cfg)) == index.assign(f"a{n}", None)
        if same and p["label"]:
            tp += 1
        elif same:
            fp += 1
            misses.append((p["kind"], p["a_id"], p["b_id"], round(similarity(p["a"], p["b"], cfg), 3)))
        elif p["label"]:
            fn += 1
            misses.append((p["kind"], p["a_id"], p["b_id"], round(similarity(p["a"], p["b"], cfg), 3)))
        else:
            tn += 1
    sims = {lab: [similarity(p["a"], p["b"], cfg) for p in pairs if p["label"] == lab] for lab in (0, 1)}
    return {
        "pairs": len(pairs), "near": tp + fn, "distinct": fp + tn, "threshold": cfg.threshold,
        "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn, "misses": misses,
        "near_jaccard_min": round(min(sims[1]), 3), "distinct_jaccard_max": round(max(sims[0]), 3),
    }  # fmt: skip


def load_pairs() -> list[dict]:
    path = DATA / "story_pairs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=None, help="default: the settings file's")
    ap.add_argument("--write", action="store_true", help="rebuild data/story_pairs.jsonl first")
    args = ap.parse_args(argv)
    if args.write:
        stories = yaml.safe_load((DATA / "story_texts.yaml").read_text(encoding="utf-8"))["stories"]
        with (DATA / "story_pairs.jsonl").open("w", encoding="utf-8") as fh:
            for p in build_pairs(stories):
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = evaluate(load_pairs(), args.threshold)
    print(json.dumps(result, indent=2))
    return 0 if result["precision"] >= 0.95 and result["recall"] >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
