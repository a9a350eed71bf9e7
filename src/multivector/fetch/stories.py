"""Near-duplicate documents grouped into stories with MinHash/LSH (``datasketch``).

A document's signature is the MinHash of its set of word shingles (``shingle_words`` lower-cased
words in a row). A new document joins the story of the most similar signed document whose
estimated Jaccard similarity is at least ``threshold`` (``data/settings.yaml``); otherwise it
starts a story of its own. Exact duplicates never get here: the store keeps a text once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import yaml

_WORD = re.compile(r"\w+")
#: datasketch's MinHash hashing scheme (>= 2.0); stored signatures are only compared with
#: signatures of the same scheme and number of permutations.
SCHEME = "affine32"


@dataclass(frozen=True, slots=True)
class StorySettings:
    threshold: float = 0.3
    shingle_words: int = 4
    num_perm: int = 128
    min_words: int = 20
    window_days: int = 30


@cache
def settings() -> dict[str, Any]:
    """The fetcher's settings file (``fetch/data/settings.yaml``)."""
    text = resources.files("multivector.fetch").joinpath("data/settings.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def story_settings(**overrides: Any) -> StorySettings:
    values = {**settings().get("stories", {}), **{k: v for k, v in overrides.items() if v is not None}}
    return StorySettings(**values)


def shingles(text: str, k: int) -> set[bytes]:
    """The set of ``k``-word shingles of ``text`` (lower-cased words)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, cfg: StorySettings):
    """The MinHash of ``text``, or None when it has fewer than ``min_words`` words."""
    from datasketch import MinHash

    if len(_WORD.findall(text)) < cfg.min_words:
        return None
    m = MinHash(num_perm=cfg.num_perm, scheme=SCHEME)
    m.update_batch(list(shingles(text, cfg.shingle_words)))
    return m


def to_bytes(m) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes, cfg: StorySettings):
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=np.uint32)
    if len(values) != cfg.num_perm:
        return None  # signed with another num_perm or scheme: not comparable
    return MinHash(num_perm=cfg.num_perm, hashvalues=values, scheme=SCHEME)


def new_story_id(doc_id: str) -> str:
    """A story is named after its first document."""
    return f"s:{doc_id}"[:64]


class StoryIndex:
    """An in-memory LSH index of signed documents and their stories."""

    def __init__(self, cfg: StorySettings | None = None) -> None:
        from datasketch import MinHashLSH

        self.cfg = cfg or story_settings()
        self._lsh = MinHashLSH(threshold=self.cfg.threshold, num_perm=self.cfg.num_perm)
        self._sigs: dict[str, Any] = {}
        self._story: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, doc_id: str, sig, story_id: str) -> None:
        if sig is None or doc_id in self._sigs:
            self._story.setdefault(doc_id, story_id)
            return
        self._lsh.insert(doc_id, sig)
        self._sigs[doc_id] = sig
        self._story[doc_id] = story_id

    def match(self, sig) -> tuple[str, str, float] | None:
        """(doc_id, story_id, similarity) of the most similar signed document at or above the
        threshold, or None."""
        if sig is None:
            return None
        best: tuple[str, str, float] | None = None
        for doc_id in self._lsh.query(sig):
            sim = sig.jaccard(self._sigs[doc_id])
            if sim >= self.cfg.threshold and (best is None or (sim, doc_id) > (best[2], best[0])):
                best = (doc_id, self._story[doc_id], sim)
        return best

    def assign(self, doc_id: str, sig) -> str:
        """The story of a new document (joining a match, or its own), remembered."""
        if doc_id in self._story:
            return self._story[doc_id]
        found = self.match(sig)
        story = found[1] if found else new_story_id(doc_id)
        self.add(doc_id, sig, story)
        return story

    @classmethod
    def from_store(cls, store: Any, cfg: StorySettings | None = None) -> StoryIndex:
        """The index of the store's signed documents (those of the last ``window_days``)."""
        index = cls(cfg)
        for doc_id, story_id, data in store.story_signatures(window_start(index.cfg)):
            index.add(doc_id, from_bytes(data, index.cfg), story_id or new_story_id(doc_id))
        return index


def window_start(cfg: StorySettings) -> str | None:
    """The earliest time (as the store writes times) of documents compared, or None for all."""
    from datetime import UTC, datetime, timedelta

    if not cfg.window_days:
        return None
    return (datetime.now(UTC) - timedelta(days=cfg.window_days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def similarity(a: str, b: str, cfg: StorySettings | None = None) -> float:
    """Exact Jaccard similarity of two texts' shingle sets (for measuring the threshold)."""
    cfg = cfg or story_settings()
    sa, sb = shingles(a, cfg.shingle_words), shingles(b, cfg.shingle_words)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0
