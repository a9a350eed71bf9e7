"""Days told relative to the story: a bare day of the month and a time of the day just told.

Narrative prose names a day by its number alone once a month is in play ("talks ended on 4
August ... by the 14th", "early on the 9th"), and a time of day alone once a day
is ("On 2 May 1990 crowds marched ... By evening thousands had gathered", "Later in
the day", "within hours"). The entity recogniser calls these TIME, ORDINAL or nothing at all.
A bare day is a day of the month the paragraph last told (none when the paragraph told no
month; never after the document's date); a time of day is the last day the text told (none
when it told no day: the dates carried from the sentences before stand).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from multivector.coding import lang
from multivector.coding.dates import (
    ANNIVERSARY,
    MISSED_DAY,
    MONTHS,
    RELATIVE_DAY,
    DateValue,
    may_add_days,
)

_ALT = "|".join
_PREPOSITIONS = _ALT(re.escape(w) for w in lang.word_list("bare_day_prepositions"))
_SUFFIXES = _ALT(lang.word_list("ordinal_suffixes"))
_ARTICLE = _ALT(lang.word_list("date_article"))
_MONTH = _ALT(sorted(MONTHS, key=len, reverse=True))
# "on the 27th", "by the 3rd": the day's phrase is the article and the number (group "day")
BARE_DAY = re.compile(
    rf"\b(?:{_PREPOSITIONS})\s+(?P<ent>(?:{_ARTICLE})\s+(?P<day>\d{{1,2}})(?:{_SUFFIXES}))\b"
    rf"(?!\s*(?:-|\w*\s*(?:{_MONTH})\b))",
    re.I,
)


def _phrases(entry: str) -> re.Pattern[str]:
    """The phrases of ``entry`` as one pattern (longest first; a space is any whitespace)."""
    words = sorted(lang.word_list(entry), key=len, reverse=True)
    return re.compile(
        r"(?<!\d\s)\b(?:" + _ALT(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b",
        re.I,
    )


def _cues(*entries: str) -> tuple[str, ...]:
    """A word each phrase of ``entries`` holds (its longest, the last of equals), case-folded:
    a text none of them is in holds none of the phrases (a first, cheap look)."""
    return tuple(
        sorted(
            {
                max(reversed(w.split()), key=len).casefold()
                for e in entries
                for w in lang.word_list(e)
            }
        )
    )


DAY_TIME = _phrases("day_time_phrases")
THAT_DAY = _phrases("narrative_day_phrases")
_PHRASE_CUES = _cues("day_time_phrases", "narrative_day_phrases")
_AGO_CUES = tuple(str(w).casefold() for w in lang.word_list("ago_words"))
_NAMING_POS = frozenset({"NOUN", "PROPN"})
# a bare day's phrase as a whole ("the 14th", "the morning of the 14th")
_BARE_DAY_TEXT = re.compile(
    rf"(?:(?:{_ARTICLE})\s+(?:{_ALT(lang.word_list('day_parts'))})\s+"
    rf"(?:{_ALT(lang.word_list('date_linkers'))})\s+)?"
    rf"(?:{_ARTICLE})\s+(\d{{1,2}})(?:{_SUFFIXES})",
    re.I,
)


def with_story_days(
    sent: Span, ents: list[Span] | tuple[()], stripped: str | None = None
) -> list[Span]:
    """The sentence's date entities, with the relative days the entity recogniser may miss
    ("the following day", "two days later"), a day after "on" it left out ("On 27 May"), and
    the bare days and times of day of :func:`story_day_spans`, found by a search of the
    sentence's text (``stripped``, when given, is that text without its outer spaces: a first,
    cheaper look)."""
    probe = stripped if stripped is not None else sent.text
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = list(ents)
    if may_add_days(probe) and (RELATIVE_DAY.search(probe) or MISSED_DAY.search(probe)):
        text = sent.text
        for m in [*RELATIVE_DAY.finditer(text), *MISSED_DAY.finditer(text)]:
            span = sent.doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
            )
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                found.append(span)
    if _may_tell_story_days(probe):
        for span in story_day_spans(sent):
            inside = [e for e in found if e.start < span.end and span.start < e.end]
            if all(span.start <= e.start and e.end <= span.end for e in inside):
                found = [e for e in found if e not in inside]  # "Later in [the day]"
                found.append(span)
    return sorted(found, key=lambda e: e.start)


def _may_tell_story_days(text: str) -> bool:
    """Whether ``text`` holds a bare day, a time of day, a narrative day or an anniversary (a
    phrase's regex is tried only on a text holding one of its cue words)."""
    if BARE_DAY.search(text):
        return True
    folded = text.casefold()
    if any(w in folded for w in _PHRASE_CUES) and (DAY_TIME.search(text) or THAT_DAY.search(text)):
        return True
    return any(w in folded for w in _AGO_CUES) and ANNIVERSARY.search(text) is not None


def story_day_spans(sent: Span) -> list[Span]:
    """The bare days and times of day of ``sent`` ("the 14th" in "on the morning of the 14th",
    "By evening", "that night"), and an anniversary the entity recogniser splits in two
    ("[Thirty years ago] [today]")."""
    found: list[Span] = []
    taken: set[int] = set()
    text = sent.text
    for rx, group in ((ANNIVERSARY, 0), (BARE_DAY, "ent"), (DAY_TIME, 0), (THAT_DAY, 0)):
        for m in rx.finditer(text):
            span = sent.doc.char_span(
                sent.start_char + m.start(group),
                sent.start_char + m.end(group),
                alignment_mode="expand",
            )
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if rx is BARE_DAY and _numbers_a_thing(span):
                continue
            found.append(span)
            taken.update(range(span.start, span.end))
    return found


def _numbers_a_thing(span: Span) -> bool:
    """An ordinal that numbers a noun ("on the 14th floor", "of the 58th Army")."""
    end = span.end
    return end < len(span.doc) and span.doc[end].pos_ in _NAMING_POS


def story_day(
    span: Span,
    last_day: DateValue | None,
    month: DateValue | None,
    doc_date: dt.date | None,
) -> DateValue | None:
    """The day ``span`` tells when it is a bare day of the month (in ``month``, the month the
    paragraph last told) or a time of day (``last_day``, a day);
    None for any other phrase, or a bare day with no month in scope or after the document's
    date."""
    text = " ".join(span.text.split())
    if m := _BARE_DAY_TEXT.fullmatch(text):
        if month is None or month.month is None or month.precision not in ("day", "month"):
            return None
        try:
            day = dt.date(month.year, month.month, int(m[1]))
        except ValueError:
            return None
        if doc_date is not None and day > doc_date:
            return None
        return DateValue(day.isoformat(), "day", "narrative-relative")
    if not DAY_TIME.fullmatch(text):
        return None
    if last_day is not None and last_day.precision == "day":  # a news day stays one
        how = "document-relative" if last_day.how == "document-relative" else "narrative-relative"
        return DateValue(last_day.iso, "day", how)
    return None


def story_day_base(
    last_day: DateValue | None, before: DateValue | None, previous: DateValue | None
) -> DateValue | None:
    """The day a time of day is told of: a day given earlier in its own sentence (``last_day``
    moved on from ``before``, the last day of the sentences before), else the day the story
    was last told at (``previous``: "Troops killed hundreds on 13 May, a report released on
    Tuesday said. ... By midday": 13 May, not the report's Tuesday), else the last day given."""
    if last_day is not before or previous is None or previous.precision != "day":
        return last_day
    return previous


def is_story_phrase(text: str) -> bool:
    """Whether ``text`` is a time of day :func:`story_day` reads ("Within hours", "at noon"):
    a date phrase though it holds none of the words of ``dates.is_date_like``."""
    return DAY_TIME.fullmatch(" ".join(text.split())) is not None


def tells_month(value: DateValue) -> bool:
    """Whether ``value`` puts a month in scope for a bare day after it (a day or a month)."""
    return value.precision in ("day", "month") and value.month is not None
