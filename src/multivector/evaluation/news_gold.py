"""Matching coded events against gold lines of our news-gold format (benchmarks/news_gold).

The format is described in ``benchmarks/news_gold/README.md``: a gold line locates its sentence by
a substring, accepts a list of CAMEO code prefixes, names its source and target by country or
organisation tag ("*" for anyone; a target "*" also accepts none), may fix a date prefix, and may
be symmetric. Each event answers at most one line and each line at most one event; required
lines choose first. The benchmarks score with the reference scorer in ``../shared``; this module
labels the coder's own events when a model is trained on gold (``make model``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Line = Mapping[str, Any]


def _keys(actor: Any) -> set[str]:
    """The strings an event's actor answers to: its code, its country (or the code's country)."""
    if not actor:
        return set()
    code, country = (
        (actor, None) if isinstance(actor, str) else (actor.get("code") or "", actor.get("country"))
    )
    keys = {code.upper()} if code else set()
    if country:
        keys.add(country.upper())
    elif code[:3].isalpha() and code[:3].isupper() and not code.startswith("IGO"):
        keys.add(code[:3])
    return keys


def actor_fits(wanted: Any, actor: Any) -> bool:
    """Whether ``actor`` is one the gold accepts (a tag, "*", or a list of these)."""
    keys = _keys(actor)
    for tag in wanted if isinstance(wanted, list) else [wanted]:
        if tag == "*":
            return True
        tag = tag.upper()
        if tag in keys or any(tag in k for k in keys if len(k) > 3):
            return True
    return False


def line_fits(line: Line, event: Mapping[str, Any]) -> bool:
    """Whether a coded event (``Event.to_dict()``) is the event a gold line describes."""
    if line["sentence"] not in (event.get("sentence") or ""):
        return False
    code = str(event.get("cameo") or "")
    if not any(code.startswith(p) for p in line["cameo"]):
        return False
    want = line.get("date")
    if want is not None:
        got = str(event.get("date") or "")
        if not got or not any(
            got.startswith(w) for w in (want if isinstance(want, list) else [want])
        ):
            return False
    pairs = [(event.get("source"), event.get("target"))]
    if line.get("symmetric"):
        pairs.append((event.get("target"), event.get("source")))
    return any(actor_fits(line["source"], s) and actor_fits(line["target"], t) for s, t in pairs)


def matched_events(lines: Sequence[Line], events: Sequence[Mapping[str, Any]]) -> set[int]:
    """The indexes of ``events`` that answer a gold line, one event a line, required lines first."""
    used: set[int] = set()
    for line in sorted(lines, key=lambda g: not g.get("required", True)):
        for i, event in enumerate(events):
            if i not in used and line_fits(line, event):
                used.add(i)
                break
    return used


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of a gold batch: its text, document date and gold lines."""

    name: str  # batch/article
    text: str
    date: str | None
    lines: tuple[Line, ...]


def read_batch(batch: Path) -> list[GoldArticle]:
    """The articles of one gold batch directory, in name order."""
    articles = []
    for gold_path in sorted(batch.glob("*.gold.jsonl")):
        stem = gold_path.name.removesuffix(".gold.jsonl")
        text = gold_path.with_name(stem + ".txt").read_text(encoding="utf-8")
        date_path = gold_path.with_name(stem + ".date")
        date = date_path.read_text(encoding="utf-8").strip() if date_path.exists() else None
        lines = tuple(
            json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()
        )
        articles.append(GoldArticle(f"{batch.name}/{stem}", text, date, lines))
    return articles
