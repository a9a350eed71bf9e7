"""The data model shared by every stage: documents in, events out.

An :class:`Event` is one coded interaction — *who did what to whom, when* — with its
provenance (the sentence, the character spans, the rule that fired). ``Event.to_dict``
is the output contract that the CLI, the store, the exports and outside checks rely on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character span ``[start, end)`` in the document text."""

    start: int
    end: int

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Actor:
    """A resolved actor: the words in the text and the CAMEO-style code they resolve to.

    ``code`` follows CAMEO actor conventions: a country's ISO 3166-1 alpha-3 code followed by
    role codes (``KAZGOV``, ``RUSMIL``), or an organisation code (``IGOEUREEC``, ``NATO``...).
    ``country`` is the ISO alpha-3 country the actor belongs to, or None (organisations).
    """

    text: str
    code: str
    country: str | None = None
    span: Span | None = None
    kind: str = "country"  # country | state_role | leader | organization | agent | other
    resolved_by: str = ""  # which dictionary entry or rule resolved it
    coref: bool = False  # found through coreference: text and span are the mention ("he")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "country": self.country}


@dataclass(slots=True)
class Document:
    """A document to code: its id, text and optional metadata.

    ``date`` is an ISO date string (``YYYY-MM-DD``) used to anchor relative dates.
    """

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source_path: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Event:
    """One coded event with CAMEO and PLOVER codes, date and provenance."""

    doc_id: str
    sentence_id: int
    sentence: str
    source: Actor
    target: Actor | None
    cameo: str
    plover: str | None
    quad_class: int
    goldstein: float
    rule: str
    verb_text: str = ""
    verb_span: Span | None = None
    object: str | None = None
    object_span: Span | None = None
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year | decade | None
    date_source: str | None = None  # "text" | "document" | None
    date_text: str | None = None
    sentence_start: int = 0
    plover_mode: str | None = None
    index: int = 0  # position of this event among its sentence's events

    @property
    def event_id(self) -> str:
        """A stable id: document, sentence, position and codes."""
        raw = "|".join(
            [
                self.doc_id,
                str(self.sentence_id),
                str(self.index),
                self.source.code,
                self.target.code if self.target else "",
                self.cameo,
                self.object or "",
            ]
        )
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract (one line of ``multivector code`` output)."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_id": self.sentence_id,
            "sentence": self.sentence,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "object": self.object,
            "cameo": self.cameo,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "date_text": self.date_text,
            "rule": self.rule,
            "verb": self.verb_text,
            "spans": {
                "source": self.source.span.to_list() if self.source.span else None,
                "target": self.target.span.to_list()
                if self.target is not None and self.target.span
                else None,
                "verb": self.verb_span.to_list() if self.verb_span else None,
                "object": self.object_span.to_list() if self.object_span else None,
            },
            "sentence_start": self.sentence_start,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """Rebuild an event from its contract dict (inverse of :meth:`to_dict`)."""
        spans = d.get("spans") or {}

        def span(key: str) -> Span | None:
            s = spans.get(key)
            return Span(s[0], s[1]) if s else None

        def actor(a: dict[str, Any] | None, key: str) -> Actor | None:
            if a is None:
                return None
            return Actor(text=a.get("text", ""), code=a["code"], country=a.get("country"), span=span(key))

        source = actor(d["source"], "source")
        assert source is not None
        return cls(
            doc_id=d["doc_id"],
            sentence_id=d["sentence_id"],
            sentence=d["sentence"],
            source=source,
            target=actor(d.get("target"), "target"),
            cameo=d["cameo"],
            plover=d.get("plover"),
            quad_class=d["quad_class"],
            goldstein=d["goldstein"],
            rule=d.get("rule", ""),
            verb_text=d.get("verb", ""),
            verb_span=span("verb"),
            object=d.get("object"),
            object_span=span("object"),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_source=d.get("date_source"),
            date_text=d.get("date_text"),
            sentence_start=d.get("sentence_start", 0),
            plover_mode=d.get("plover_mode"),
            index=d.get("index", 0),
        )


@dataclass(slots=True)
class DocumentProblem:
    """A document (or input line) that could not be coded, with the reason."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass(slots=True)
class CodedDocument:
    """The result of coding one document: its events, sentence count and any problem."""

    document: Document
    events: list[Event] = field(default_factory=list)
    n_sentences: int = 0
    sentences: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text)
    problem: DocumentProblem | None = None
