"""Reading a question: its actors (names seen in the stored events, country names), dates
(years, decades, "from ... to ..."), event types (words mapped to CAMEO prefixes) and kind
(when, who, what, where, how many). Used by the question box's two answerers
(:mod:`.answer`, :mod:`.analytical`), which import it; it imports neither.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"[A-Za-z][A-Za-z\-']*|\d{4}s?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(s)?\b")
_STOP = frozenset(
    """a an the and or of in on at to for from by with about into over after before between
    did do does done has have had is are was were be been being will would can could should
    what when who whom whose which where why how that this these those it its their his her
    they them he she we you i me my our your any some all each other than then there here
    as not no yes so if also ever first last most more many much very up down out off
    tell show give list know happen happened""".split()
)
_KINDS = (("when", "when"), ("who", "who"), ("whom", "who"), ("where", "where"),
          ("what", "what"), ("which", "what"), ("how many", "count"))


@functools.lru_cache(maxsize=1)
def event_words() -> dict[str, list[str]]:
    """Question word stems -> CAMEO prefixes (``data/event_words.yaml``)."""
    return yaml.safe_load((DATA / "event_words.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, list[str]]:
    """Abbreviations -> words found in documents (``data/aliases.yaml``)."""
    return yaml.safe_load((DATA / "aliases.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from multivector.actors import country_names

    return country_names()


@dataclass(slots=True)
class Parsed:
    """What was understood in a question."""

    text: str
    kind: str = "other"
    actors: list[tuple[str, str]] = field(default_factory=list)  # (mention, code)
    since: str | None = None
    until: str | None = None
    cameo: list[str] = field(default_factory=list)
    event_words: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    # With one actor: "source" when the question makes it the subject ("Who did X visit?"),
    # "target" when it is the object ("Who visited X?"), None when it cannot tell.
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "role": self.role,
            "actors": [{"mention": m, "code": c} for m, c in self.actors],
            "since": self.since,
            "until": self.until,
            "cameo": self.cameo,
            "event_words": self.event_words,
            "keywords": self.keywords,
        }


class Gazetteer:
    """Actor names -> codes, from the names the coder resolved in stored events."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        # longest names first, so "South Korea" wins over "Korea"
        self._ordered = sorted(names, key=len, reverse=True)

    @classmethod
    def from_store(cls, store: Any, limit: int = 50_000) -> Gazetteer:
        from multivector.store.queries import actor_names

        names: dict[str, tuple[int, str]] = {}
        for name, code, n in actor_names(store, limit):
            key = _name_key(name)
            if key and (key not in names or names[key][0] < n):
                names[key] = (n, code)
        out = {**_country_names(), **{k: code for k, (_, code) in names.items()}}
        return cls(out)

    def find(self, question: str) -> list[tuple[str, str]]:
        """Actor mentions in ``question``, in order of appearance: (mention, code)."""
        lowered = question.lower()
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, str, str]] = []
        for name in self._ordered:
            for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", lowered):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), question[m.start():m.end()], self.names[name]))
        found.sort()
        out: list[tuple[str, str]] = []
        for _, mention, code in found:
            if code not in {c for _, c in out}:
                out.append((mention, code))
        return out


def _name_key(name: str) -> str | None:
    key = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    key = re.sub(r"\s+", " ", key)
    if len(key) < 3 or key in _STOP or not re.search(r"[a-z]", key) or len(key) > 60:
        return None
    if name.strip() == name.strip().lower():
        return None  # pronouns and common nouns: "it", "the government"
    return key


def parse_question(question: str, gazetteer: Gazetteer) -> Parsed:
    """Read actors, dates, event types and the kind of question."""
    text = " ".join(question.split())
    p = Parsed(text=text)
    lowered = text.lower()
    for word, kind in _KINDS:
        if re.search(rf"\b{word}\b", lowered):
            p.kind = kind
            break
    p.actors = gazetteer.find(text)
    years = [(int(m.group(1)), bool(m.group(2))) for m in _YEAR.finditer(text)]
    if years:
        lo = min(y for y, _ in years)
        hi = max(y + (9 if decade else 0) for y, decade in years)
        p.since, p.until = str(lo), str(hi)
        if re.search(r"\b(since|after)\b", lowered) and len(years) == 1:
            p.until = None
        elif re.search(r"\b(before|until)\b", lowered) and len(years) == 1:
            p.since, p.until = None, str(years[0][0] - 1)
    actor_words = {w for mention, _ in p.actors for w in mention.lower().split()}
    prefixes: list[str] = []
    for word in _WORD.findall(lowered):
        if word in _STOP or word in actor_words or _YEAR.fullmatch(word):
            continue
        stem = _stem_match(word)
        if stem is not None:
            p.event_words.append(word)
            prefixes.extend(event_words()[stem])
        else:
            p.keywords.append(word)
    p.cameo = list(dict.fromkeys(prefixes))
    if len(p.actors) == 1:
        p.role = _role(lowered, p.actors[0][0].lower(), p.event_words)
    return p


_AUX = r"(?:did|does|do|has|have|had|will|would|can|could|is|was)"


def _role(question: str, mention: str, verbs: list[str]) -> str | None:
    """Is the one actor the subject or the object of the question's event word?"""
    m = re.escape(mention)
    if re.search(rf"\b{_AUX}\s+(?:the\s+)?{m}\b", question) or re.match(rf"(?:the\s+)?{m}\b", question):
        return "source"
    if verbs and re.search(rf"\b(?:who|which|what)\b.*\b{re.escape(verbs[0])}\b.*\b{m}\b", question):
        return "target"
    return None


def _stem_match(word: str) -> str | None:
    for stem in event_words():
        if (len(stem) < 4 and word == stem) or (len(stem) >= 4 and word.startswith(stem)):
            return stem
    return None
