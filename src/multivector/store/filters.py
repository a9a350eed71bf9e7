"""Event filters shared by queries, exports and analyses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    exists,
    false,
    func,
    or_,
    select,
    true,
    tuple_,
)

from multivector.store import schema as S
from multivector.store.dates import lower_bound, upper_bound
from multivector.store.fts import fts_query, sentence_match, sentence_matches
from multivector.store.rows import actor_root

__all__ = ["EventFilter", "actor_match", "conditions", "fts_query", "matching_sentences", "visible"]


@dataclass(slots=True)
class EventFilter:
    """Which events to return. Every field is optional; set fields are ANDed.

    ``actor``/``target`` match an actor's country (``KAZ`` matches ``KAZGOV``) or its full code;
    ``actor`` is the source, ``target`` the target. ``dyad`` ("KAZ,RUS" or a pair) matches events
    between the two in either direction. ``since``/``until`` take YYYY, YYYY-MM or YYYY-MM-DD and
    are inclusive of the whole period. ``cameo`` is a code prefix (comma-separated alternatives).
    ``status`` is the document status ("accepted" by default; None for all). ``one_a_day`` keeps one
    event per date, source, target and CAMEO code (the news-corpus de-duplication).
    An event reported by several articles of one story is counted once unless ``per_article``.
    """

    actor: str | None = None
    target: str | None = None
    dyad: str | tuple[str, str] | None = None
    since: str | None = None
    until: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad: int | str | None = None
    text: str | None = None
    doc_id: str | None = None
    status: str | None = "accepted"
    include_not_events: bool = False
    one_a_day: bool = False
    per_article: bool = False  # count every copy of a story's event (default: once per story)

    def dyad_pair(self) -> tuple[str, str] | None:
        if self.dyad is None:
            return None
        if isinstance(self.dyad, str):
            parts = [p.strip() for p in self.dyad.split(",") if p.strip()]
        else:
            parts = [p.strip() for p in self.dyad]
        if len(parts) != 2:
            raise ValueError(f"a dyad is two actors, e.g. KAZ,RUS (got {self.dyad!r})")
        return parts[0].upper(), parts[1].upper()

    def quads(self) -> list[int]:
        if self.quad is None or self.quad == "":
            return []
        if isinstance(self.quad, int):
            values = [self.quad]
        else:
            try:
                values = [int(q) for q in str(self.quad).split(",") if q.strip()]
            except ValueError:
                raise ValueError(f"quad class must be 1-4, got {self.quad!r}") from None
        for q in values:
            if q not in (1, 2, 3, 4):
                raise ValueError(f"quad class must be 1-4, got {q}")
        return values

    def cameo_codes(self) -> list[str]:
        """The CAMEO prefixes of ``cameo``; ValueError for anything but digits."""
        codes = [c.strip() for c in str(self.cameo or "").split(",") if c.strip()]
        for code in codes:
            if not (code.isascii() and code.isdigit() and len(code) <= 4):
                raise ValueError(f"not a CAMEO code: {code!r} (digits, e.g. 04 or 057)")
        return codes

    def validate(self) -> EventFilter:
        """Raise ValueError (with a one-line message) for any unusable field; return self."""
        self.dyad_pair()
        self.quads()
        self.cameo_codes()
        if self.since:
            lower_bound(self.since)
        if self.until:
            upper_bound(self.until)
        if self.text is not None:
            fts_query(self.text)
        return self


def matching_sentences(dialect: str, user_text: str):
    """A select of (doc_id, sentence_id) for sentences matching ``user_text`` (all words)."""
    s = S.sentences
    m = sentence_match(dialect, user_text)
    return select(s.c.doc_id, s.c.sentence_id).select_from(m.source).where(m.where)


def visible(doc_id: ColumnElement[Any], status: str | None = "accepted") -> ColumnElement[bool]:
    """THE visibility rule: rows whose document (``doc_id``) has ``status``; by default the
    public ones, of accepted documents. ``None``: every document.

    ``documents.status`` is the only record of visibility. Written as ``doc_id NOT IN (documents not accepted)`` rather than a join:
    those documents are few (found through ``ix_documents_status``), and without a join SQLite
    answers the actor conditions from the events' covering indexes.
    """
    D = S.documents
    if status is None:
        return true()
    if status == "accepted":
        others = [x for x in S.DOC_STATUSES if x != "accepted"]  # IN, unlike !=, uses the index
        return doc_id.not_in(select(D.c.id).where(D.c.status.in_(others)).correlate(None))
    return doc_id.in_(select(D.c.id).where(D.c.status == status).correlate(None))


def _text_condition(f: EventFilter, e: Table, dialect: str) -> ColumnElement[bool]:
    """The event's sentence matches ``f.text``. With an actor, dyad or document filter the
    events are few: each one's sentence is tested (EXISTS); otherwise the matching sentences
    are listed once and the events found from them (IN), which is faster for a text alone."""
    if f.actor or f.target or f.dyad or f.doc_id:
        s = S.sentences.alias("s_text")
        return exists().where(
            s.c.doc_id == e.c.doc_id,
            s.c.sentence_id == e.c.sentence_id,
            sentence_matches(dialect, s, f.text),
        )
    return tuple_(e.c.doc_id, e.c.sentence_id).in_(matching_sentences(dialect, f.text))


ORDERS = ("date", "-date", "doc", "goldstein", "-goldstein")


def event_order(e: Table, order: str) -> list[Any]:
    """ORDER BY columns of an event list (ties broken by the caller, by event id)."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}")
    undated = e.c.date_start.is_(None)
    return {
        "date": [undated, e.c.date_start, e.c.doc_id, e.c.sentence_id, e.c.idx],
        "-date": [undated, e.c.date_start.desc(), e.c.doc_id, e.c.sentence_id],
        "doc": [e.c.doc_id, e.c.sentence_id, e.c.idx],
        "goldstein": [e.c.goldstein, e.c.event_id],
        "-goldstein": [e.c.goldstein.desc(), e.c.event_id],
    }[order]


def is_root_code(value: str) -> bool:
    """True for a principal actor code (a country like KAZ, or an organisation like NATO), False
    for a country-prefixed role code (KAZGOV) that is matched exactly."""
    return actor_root(value, None) == value


def actor_match(code_col, root_col, value: str) -> ColumnElement[bool]:
    """One indexed column per match: KAZ matches by country (KAZ, KAZGOV...), KAZGOV exactly."""
    value = value.strip().upper()
    return root_col == value if is_root_code(value) else code_col == value


def conditions(
    f: EventFilter, e: Table, d: Table, dialect: str, *, dedupe_inner: bool = False
) -> list[ColumnElement[bool]]:
    """SQL conditions on the events table ``e`` for filter ``f`` (``d``: documents, for callers
    that join it; the conditions themselves need no join)."""
    out: list[ColumnElement[bool]] = []
    if f.actor:
        out.append(actor_match(e.c.source_code, e.c.source_root, f.actor))
    if f.target:
        out.append(actor_match(e.c.target_code, e.c.target_root, f.target))
    pair = f.dyad_pair()
    if pair:
        a, b = pair
        out.append(
            or_(
                and_(e.c.source_root == a, e.c.target_root == b),
                and_(e.c.source_root == b, e.c.target_root == a),
            )
        )
    if f.since:
        out.append(e.c.date_start >= lower_bound(f.since))
    if f.until:
        out.append(e.c.date_start <= upper_bound(f.until))
    if f.cameo:
        alternatives = []
        for code in f.cameo_codes():
            if len(code) <= 2:
                alternatives.append(e.c.cameo_root == code.zfill(2))
            else:
                alternatives.append(e.c.cameo.like(code + "%"))
        if alternatives:
            out.append(or_(*alternatives))
    if f.plover:
        out.append(func.upper(e.c.plover) == f.plover.strip().upper())
    quads = f.quads()
    if quads:
        out.append(e.c.quad_class.in_(quads))
    if f.text:
        out.append(_text_condition(f, e, dialect))
    if f.doc_id:
        out.append(e.c.doc_id == f.doc_id)
    if f.status:
        out.append(visible(e.c.doc_id, f.status))
    if not f.include_not_events:
        out.append(e.c.not_an_event == false())
    if f.one_a_day and not dedupe_inner:
        e2 = e.alias("e2")
        d2 = d.alias("d2")
        inner = conditions(f, e2, d2, dialect, dedupe_inner=True)
        first = (
            select(func.min(e2.c.event_id))
            .select_from(e2.join(d2, d2.c.id == e2.c.doc_id))
            .where(and_(true(), *inner))
            .group_by(
                func.coalesce(e2.c.date, ""),
                e2.c.source_code,
                func.coalesce(e2.c.target_code, ""),
                e2.c.cameo,
            )
        )
        out.append(e.c.event_id.in_(first))
    if not f.per_article and not dedupe_inner:
        from multivector.store.stories import once_per_story

        out.append(
            once_per_story(
                e, d, dialect, lambda e2, d2: conditions(f, e2, d2, dialect, dedupe_inner=True)
            )
        )
    return out
