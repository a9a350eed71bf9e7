"""The data model shared by every stage: documents in, events out.

An :class:`Event` is one coded interaction — *who did what to whom, when* — with its
provenance (the sentence, the character spans, the rule that fired). ``Event.to_dict``
is the output contract that the CLI, the store, the exports and outside checks rely on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

#: Precisions of a :class:`PartialDate`, finest first. ``week`` is a coder precision for a day
#: inside a week ("last week"): its ISO text is a day, so it parses as ``day``.
PRECISIONS = ("day", "week", "month", "year", "decade", "century")

_RE_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RE_DECADE = re.compile(r"^(\d{3})(?:X|0s)?$")  # "199" (as the coder writes it), "199X", "1990s"
_RE_CENTURY = re.compile(r"^(\d{2})(?:XX|00s)$")  # "19XX" (EDTF), "1900s"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a day, month, year, decade or century: a range of days.

    Parsed from ISO prefixes ("2001", "2001-07", "2001-07-15", a longer timestamp is cut to its
    day), decades as the coder stores them ("199") or written "199X" (EDTF) or "1990s", and
    centuries "19XX" or "1900s". Ordered by first day, then last day.

    The one convention for "what was true in 2001" (who held office, which pole a country
    belonged to) is :attr:`reference_day`: the middle of the period (1 July of a year, the 15th
    of a month, 1 January of a decade's sixth year, of a century's 51st).
    """

    first: dt.date
    last: dt.date
    precision: str

    @classmethod
    def parse(cls, value: object) -> PartialDate | None:
        """The partial date written ``value``; None when it is not one."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.date):
            return cls(value, value, "day")
        if not isinstance(value, str):
            return None
        text = value.strip()
        if len(text) > 10 and text[10] in "T ":
            text = text[:10]
        if m := _RE_PARTIAL.match(text):
            year = int(m[1])
            if m[2] is None:
                return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
            month = int(m[2])
            if not 1 <= month <= 12:
                return None
            last = calendar.monthrange(year, month)[1]
            if m[3] is None:
                return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")
            day = int(m[3])
            if not 1 <= day <= last:
                return None
            d = dt.date(year, month, day)
            return cls(d, d, "day")
        if m := _RE_DECADE.match(text):
            start = int(m[1]) * 10
            return cls(dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31), "decade")
        if m := _RE_CENTURY.match(text):
            start = int(m[1]) * 100
            return cls(dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31), "century")
        return None

    @classmethod
    def strict(cls, value: str) -> PartialDate:
        """Like :meth:`parse` but ValueError (with the accepted forms) when not a date."""
        found = cls.parse(value)
        if found is None:
            raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        return found

    @property
    def year(self) -> int | None:
        """The calendar year, when the date lies within one (None for a decade or century)."""
        return self.first.year if self.first.year == self.last.year else None

    @property
    def month(self) -> int | None:
        """The month, when the date is known to a month or finer."""
        return self.first.month if self.precision in ("day", "month") else None

    @property
    def iso(self) -> str:
        """The ISO prefix as stored: "2001-07-15", "2001-07", "2001", decade "199", century "19"."""
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.isoformat()[:7]
        if self.precision == "year":
            return f"{self.first.year:04d}"
        if self.precision == "decade":
            return f"{self.last.year // 10:03d}"
        return f"{self.last.year // 100:02d}"

    @property
    def edtf(self) -> str:
        """The Extended Date/Time Format text: like :attr:`iso`, with "199X" and "19XX"."""
        if self.precision == "decade":
            return self.iso + "X"
        if self.precision == "century":
            return self.iso + "XX"
        return self.iso

    @property
    def reference_day(self) -> dt.date:
        """The day that stands for the period (its middle; see the class docstring)."""
        if self.precision == "year":
            return dt.date(self.first.year, 7, 1)
        if self.precision == "month":
            return self.first.replace(day=15)
        if self.precision == "decade":
            return dt.date(self.last.year - 4, 1, 1)
        if self.precision == "century":
            return dt.date(self.last.year - 49, 1, 1)
        return self.first

    midpoint = reference_day

    def period(self, by: str) -> str | None:
        """The label of the ``by`` period ("day", "month", "year", "decade") holding this date,
        or None when the date is vaguer than the period (a decade has no year)."""
        first, last = self.first.isoformat(), self.last.isoformat()
        if by == "decade":
            return f"{first[:3]}0s" if first[:3] == last[:3] else None
        n = {"day": 10, "month": 7, "year": 4}[by]
        return first[:n] if first[:n] == last[:n] else None

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def covers(self, other: PartialDate) -> bool:
        """Whether every day of ``other`` lies in this date."""
        return self.first <= other.first and other.last <= self.last

    def __lt__(self, other: PartialDate) -> bool:
        return (self.first, self.last) < (other.first, other.last)

    def __le__(self, other: PartialDate) -> bool:
        return (self.first, self.last) <= (other.first, other.last)

    def __gt__(self, other: PartialDate) -> bool:
        return (self.first, self.last) > (other.first, other.last)

    def __ge__(self, other: PartialDate) -> bool:
        return (self.first, self.last) >= (other.first, other.last)

    def __str__(self) -> str:
        return self.iso


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
        """SHA-256 of the UTF-8 text, encoded a million characters at a time (a long text is
        never held twice)."""
        digest = hashlib.sha256()
        for i in range(0, len(self.text), 1_000_000):
            digest.update(self.text[i : i + 1_000_000].encode("utf-8"))
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class EventField:
    """One field of the event output contract: its key, its type and what it holds.

    ``kind`` is ``string``, ``int``, ``float``, ``actor`` ({text, code, country}) or ``spans``
    ({source, target, verb, object}: each ``[start, end)`` or null). Every format (JSON Lines,
    CSV, Parquet/Arrow, Spark, GDELT, PLOVER) is built from :data:`EVENT_FIELDS` in
    :mod:`multivector.formats`.
    """

    name: str
    kind: str
    doc: str


#: The event output contract, declared once, in the order of :meth:`Event.to_dict`.
EVENT_FIELDS: tuple[EventField, ...] = (
    EventField("event_id", "string", "stable id: document, sentence, position and codes"),
    EventField("doc_id", "string", "the document's id"),
    EventField("sentence_id", "int", "the sentence's number in the document, from 0"),
    EventField("sentence", "string", "the sentence's text"),
    EventField("source", "actor", "who acted"),
    EventField("target", "actor", "to whom (null when the event has no target)"),
    EventField("object", "string", "what the event was about, when the rule records it"),
    EventField("cameo", "string", "CAMEO event code"),
    EventField("plover", "string", "PLOVER event type"),
    EventField("plover_mode", "string", "PLOVER mode"),
    EventField("quad_class", "int", "1 verbal and 2 material cooperation, 3 and 4 conflict"),
    EventField("goldstein", "float", "Goldstein score of the CAMEO code, -10 to 10"),
    EventField("date", "string", "partial ISO date (see PartialDate): 2001-07-15, 2001, 199"),
    EventField("date_precision", "string", "day, week, month, year or decade"),
    EventField("date_source", "string", "text or document"),
    EventField("date_text", "string", "the words the date was read from"),
    EventField("rule", "string", "the rule or dictionary entry that coded the event"),
    EventField("verb", "string", "the predicate's words"),
    EventField("spans", "spans", "character spans of source, target, verb and object"),
    EventField("sentence_start", "int", "the sentence's first character in the document"),
)

#: The keys of an ``actor`` field.
ACTOR_KEYS: tuple[str, ...] = ("text", "code", "country")
#: The keys of the ``spans`` field.
SPAN_KEYS: tuple[str, ...] = ("source", "target", "verb", "object")


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
