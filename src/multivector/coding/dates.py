"""Dates of events: explicit, relative to the document date, relative to the narrative, vague.

:func:`parse_date_expression` reads one date expression (a spaCy DATE entity or a phrase)
and returns a :class:`DateValue`: an ISO 8601 prefix ("1995", "1995-04", "1995-04-12", or a
decade "199"), its precision, and how it was resolved. Expressions it understands:

- explicit: "1992", "April 1995", "12 April 1995", "April 12, 1995", "2001-11-05";
- vague: "late 2001", "the early 1990s", "the late 1990s" (decade precision);
- relative to the document date: "yesterday", "today", "last night", "on Monday", "last week",
  "last month", "last year", "this year", "two days ago", "in March" (the document's year),
  "last November" (the latest November before the document's month), "next March";
- relative to the narrative date (the last date the text gave): "the following year",
  "a year later", "two years later", "the same year", "the previous year", "that month",
  "July of that year", "that November";
- also "the fifth of June" (an ordinal day), "Monday, July 1" (the date, not the latest Monday),
  "Friday of last week", "last Saturday" (a week back when written on a Saturday), "tomorrow",
  "January this year", "June last year";
  inside a chronology's entry, a month or day with no year is in the entry's year.

Anything else falls back to ``dateparser`` with the document date as its base, when there is one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from multivector.coding import lang
from multivector.model import PartialDate

MONTHS = {str(m): i for i, names in enumerate(lang.entry("months"), start=1) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(lang.word_list("weekdays"))}
NUMBER_WORDS = {str(w): int(n) for w, n in lang.entry("number_words").items()}
DAY_ORDINALS = {str(w): int(n) for w, n in lang.entry("day_ordinals").items()}
NARRATIVE_SHIFTS = {str(w): int(n) for w, n in lang.entry("narrative_shifts").items()}
COUNT_DIRECTIONS = {str(w): int(n) for w, n in lang.entry("count_directions").items()}
DOCUMENT_SHIFTS = {str(w): int(n) for w, n in lang.entry("document_shifts").items()}
DOCUMENT_YEAR_SHIFTS = {str(w): int(n) for w, n in lang.entry("document_year_shifts").items()}
THIS_WEEK_SHIFTS = {str(w): int(n) for w, n in lang.entry("this_week_shifts").items()}
_DAY_UNITS = lang.word_list("day_units")
_MONTHS_BACK = int(lang.entry("narrative_months_back"))
# read here for coding/entry_dates.py (anniversary pieces, extra headings) and event_dates.py
ANNIVERSARY_ORDINALS = {str(w): int(n) for w, n in lang.entry("anniversary_ordinals").items()}
ANNIVERSARY_MARKS = lang.word_list("anniversary_marks")
ANNIVERSARY_NOUNS = lang.word_list("anniversary_nouns")
EXTRA_HEADING = re.compile(lang.entry("entry_heading_extra_pattern"))
END_PREPOSITIONS = lang.words("date_end_prepositions")
_WEEK_UNITS = lang.words("week_units")


def _alt(words) -> str:
    """A regex alternation of words and phrases (longest first; a space is any whitespace)."""
    return "|".join(
        re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _phrase(entry: str) -> str:
    return _alt([lang.entry(entry)])


COUNT_UNITS = {str(w): str(u) for w, u in lang.entry("count_units").items()}


def _units(*units: str) -> str:
    """The alternation of the words of counted time ``units`` ("days", "day" for day)."""
    return _alt(w for w, u in COUNT_UNITS.items() if u in units)


_ORD = rf"(?:{_alt(lang.word_list('ordinal_suffixes'))})"
_OF = rf"(?:{_alt(lang.word_list('date_linkers'))})"
_THE = rf"(?:{_alt(lang.word_list('date_article'))})"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_RE_ISO = re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?\b")
_RE_DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<day>\d{{1,2}}){_ORD}?\s+(?:{_OF}\s+)?{_MONTH},?\s+{_YEAR}\b", re.I
)
_RE_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}?,?\s+{_YEAR}\b", re.I)
_RE_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?:{_OF}\s+)?{_YEAR}\b", re.I)
_RE_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}?\b", re.I)
_RE_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}?\s+(?:{_OF}\s+)?{_MONTH}\b", re.I)
_RE_DECADE = re.compile(
    rf"\b(?P<q>{_alt(lang.word_list('decade_qualifiers'))})?[\s-]*(?P<decade>1[89]\d0|20\d0)'?s\b",
    re.I,
)
_RE_YEAR = re.compile(
    rf"\b(?P<q>{_alt(lang.word_list('year_qualifiers'))})?[\s-]*(?:{_OF}\s+)?{_YEAR}\b", re.I
)
# a month alone; a phrase after it is the entity recogniser's overreach ("April after years")
_RE_MONTH_ALONE = re.compile(
    rf"^(?:(?:{_alt(lang.word_list('month_alone_prefixes'))})\s+"
    rf"|(?:{_alt(lang.word_list('month_alone_joined_prefixes'))})-?)?(?:{_THE}\s+)?{_MONTH}"
    rf"(?:\s+(?:{_alt(lang.word_list('month_alone_overreach'))})\b.*)?$",
    re.I,
)
# a day of the month as an ordinal word ("the fifth of June"): read as "5 June"
_RE_DAY_ORDINAL = re.compile(
    rf"\b(?:{_THE}\s+)?(?P<word>{_alt(DAY_ORDINALS)})\s+{_OF}\s+(?={_MONTH})", re.I
)
_SHIFT = _alt(NARRATIVE_SHIFTS)
_DIRECTION = _alt(COUNT_DIRECTIONS)
# "the day before" alone: a day from the narrative's ("a day before"); not "the day after X"
_UNITS = _alt(lang.word_list("narrative_units"))
_RE_THE_UNIT_AWAY = re.compile(rf"^{_THE}\s+(?=(?:{_UNITS})\s+(?:{_DIRECTION})$)", re.I)
# a month in a year given relative to the narrative ("in July of that year", "in March of
# the following year")
_RE_MONTH_OF_YEAR = re.compile(
    rf"{_MONTH}\s+(?:{_OF}\s+)?(?=(?:{_THE}\s+)?(?:{_SHIFT})\s+(?:{_units('year')}))", re.I
)
# a month of the narrative's year ("that November") and of the document's year or one next to
# it ("January this year", "in June of last year")
_RE_THAT_MONTH = re.compile(
    rf"\b(?:{_alt(lang.word_list('narrative_month_words'))})\s+{_MONTH}(?!\s*\d)", re.I
)
_RE_MONTH_OF_DOC_YEAR = re.compile(
    rf"(?:\b(?P<day0>\d{{1,2}}){_ORD}?\s+(?:{_OF}\s+)?)?{_MONTH}\s+(?:(?P<day>\d{{1,2}}){_ORD}?,?\s+)?"
    rf"(?:{_OF}\s+)?(?P<which>{_alt(DOCUMENT_YEAR_SHIFTS)})\s+(?:{_units('year')})\b",
    re.I,
)
# patterns of _relative_to_document and parse_date_expression, compiled once
_DOC_SHIFT = _alt(DOCUMENT_SHIFTS)
_DOC_UNIT = _alt(lang.word_list("document_units"))
_RE_NEXT_PERIOD = re.compile(rf"^(?:{_DOC_SHIFT})\s+(?:{_DOC_UNIT})\b", re.I)
_RE_TODAY = re.compile(rf"\b({_alt(lang.word_list('today_words'))})\b")
_RE_YESTERDAY = re.compile(rf"\b({_alt(lang.word_list('yesterday_words'))})\b")
_RE_TOMORROW = re.compile(rf"\b(?:{_alt(lang.word_list('tomorrow_words'))})\b")
_RE_WEEKDAY = {name: re.compile(rf"\b{name}\b") for name in WEEKDAYS}
_RE_WEEKDAY_NEXT = {
    name: {
        w: re.compile(rf"\b{re.escape(w)}\s+{name}\b") for w, n in DOCUMENT_SHIFTS.items() if n
    }
    for name in WEEKDAYS
}
# a weekday of the week before the document's ("on Friday of last week")
_RE_WEEKDAY_LAST_WEEK = re.compile(
    rf"\b(?P<day>[a-z]+)\s+{_OF}\s+{_phrase('last_week')}\b", re.I
)
_RE_RELATIVE_NARRATIVE = re.compile(
    rf"\b(?:(?P<rel>(?:{_THE}\s+)?(?:{_SHIFT})\s+(?P<unit>{_alt(lang.word_list('narrative_units'))}))"
    rf"|(?P<n>{_alt(lang.word_list('narrative_counts'))}|\d+)\s+(?P<unit2>{_units('year', 'month', 'day')})"
    rf"\s+(?P<dir>{_DIRECTION}))\b",
    re.I,
)
# Days relative to the last day the text gave, as the entity recogniser may miss them.
RELATIVE_DAY = re.compile(
    rf"\b(?:{_THE}\s+(?:{_SHIFT})\s+(?:{_alt(_DAY_UNITS)})"
    rf"|(?:{_alt(lang.word_list('day_counts'))}|\d+)\s+(?:{_units('day')})"
    rf"\s+(?:{_alt(lang.word_list('day_directions'))}))\b",
    re.I,
)
# A day and month after "on" that the entity recogniser may leave out ("On 27 May Bosnian Serb
# soldiers seized ...": "27" a number, "May" no entity); month names capitalised only.
_CAP_MONTH = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
# A day word relative to the document that it may leave out too (""Yesterday residents ..." at
# a quotation's start: ``date_missed_words`` in lang/en/grammar.yaml).
_MISSED_WORDS = "|".join(sorted(lang.words("date_missed_words"), key=len, reverse=True))
_ON = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in lang.word_list("missed_day_prepositions"))
MISSED_DAY = re.compile(
    rf"(?<=\b(?:{_ON})\s)(?:\d{{1,2}}{_ORD}?\s+(?:{_CAP_MONTH})\b"
    rf"|(?:{_CAP_MONTH})\.?\s+\d{{1,2}}{_ORD}?\b)"
    rf"|\b(?i:{_MISSED_WORDS})\b(?!['\u2019]s)"
)


def _needles(words: list[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them ("January" holds "Jan")."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


# What a match of RELATIVE_DAY or MISSED_DAY must hold in an ASCII text (where ``re.I`` is ASCII
# case-folding): a day unit or missed word (any case), or a capitalised month name.
_DAY_NEEDLES = _needles([*_DAY_UNITS, *(w.lower() for w in lang.words("date_missed_words"))])
_MONTH_NEEDLES = _needles([m.capitalize() for m in MONTHS])


def may_add_days(text: str) -> bool:
    """False when neither RELATIVE_DAY nor MISSED_DAY can match ``text`` (an ASCII text with none
    of the words they need): a cheap look before their searches. True otherwise."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in _DAY_NEEDLES) or any(m in text for m in _MONTH_NEEDLES)


# A month with no year ("in April") in a dated text is in the document's last year or so, unless
# the text is telling history: its narrative date lies more than this many years from the
# document's ("On 3 December 1971 ... On 6 December" in an article of 2021). 2 until session 41;
# 1 since ("On 18 June 2023 ... In July" in a text of March 2025 is July 2023; rules41, rules
# only 1-104: +13 -3).
HISTORY_YEARS = 1
_RE_AGO = re.compile(
    rf"\b(?P<n>{_alt(lang.word_list('ago_counts'))}|\d+)\s+(?P<unit>{_units(*lang.word_list('ago_units'))})"
    rf"\s+(?:{_alt(lang.word_list('ago_words'))})\b",
    re.I,
)
_ANNIVERSARY = {str(w): str(u) for w, u in lang.entry("anniversary_periods").items()}
_ANNIVERSARY_COUNTS = {str(w): int(n) for w, n in lang.entry("anniversary_counts").items()}
ANNIVERSARY = re.compile(
    rf"\b(?P<n>{_alt(_ANNIVERSARY_COUNTS)}|\d+)\s+(?:{_units('year')})\s+"
    rf"(?:{_alt(lang.word_list('ago_words'))})\s+(?P<when>{_alt(_ANNIVERSARY)})\b",
    re.I,
)
_RE_LAST = re.compile(rf"\b(?P<which>{_DOC_SHIFT})\s+(?P<unit>{_DOC_UNIT})\b", re.I)
_RE_LAST_MONTH = re.compile(rf"\b(?P<which>{_DOC_SHIFT})\s+{_MONTH}\b", re.I)
_RE_THIS_WEEK = re.compile(
    rf"\b(?P<which>{_alt(THIS_WEEK_SHIFTS)})\s+{_phrase('this_week')}\b", re.I
)
# Times of day the entity recogniser calls TIME that still place an event on a day.
_RE_DAY_TIME = re.compile(
    rf"\b(?:{_alt(lang.word_list('day_time_qualifiers'))})\s+(?:{_alt(lang.word_list('day_parts'))})\b"
    rf"|\b(?:{_alt(lang.word_list('day_time_words'))})\b",
    re.I,
)


@functools.lru_cache(maxsize=65_536)
def _partial_of(iso: str) -> PartialDate | None:
    """``PartialDate.parse(iso)``, parsed once per distinct text (both are immutable)."""
    return PartialDate.parse(iso)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: ISO prefix, precision (day, week, month, year, decade) and provenance."""

    iso: str
    precision: str
    how: str  # explicit | vague | document-relative | narrative-relative | entry-relative | dateparser

    @property
    def partial(self) -> PartialDate:
        """The date as a :class:`PartialDate` (a week-precision value is its day)."""
        found = _partial_of(self.iso)
        assert found is not None, self.iso
        return found

    @property
    def year(self) -> int:
        """The year, or a decade's first year."""
        return self.partial.first.year

    @property
    def month(self) -> int | None:
        return self.partial.month


def _ymd(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _num(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def _shift_months(y: int, m: int, delta: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + delta
    return total // 12, total % 12 + 1


def parse_date_expression(
    text: str,
    doc_date: dt.date | None = None,
    narrative: DateValue | None = None,
    last_day: DateValue | None = None,
    history: bool = True,
    entry: DateValue | None = None,
) -> DateValue | None:
    """Resolve one date expression; None when it is not a date we can place. ``narrative`` is
    the last date the text gave that was not relative to the document, ``last_day`` the last
    one known to the day (of any kind: "on Wednesday ... the same night"). ``history`` False
    says the text is news (its first date was relative to the document): a month with no year
    is then the document's, whatever year a background sentence named. ``entry``: the date of
    the chronology entry being read ("2007. On 11 March police ..."): a month (and day) with no
    year is in its year, whatever the document's date."""
    t = " ".join(text.split())
    if not t:
        return None
    t = _RE_DAY_ORDINAL.sub(lambda m: f"{DAY_ORDINALS[m['word'].lower()]} ", t)
    t = _RE_THE_UNIT_AWAY.sub("a ", t)
    if m := _RE_RELATIVE_NARRATIVE.search(t):
        unit = _unit_of(m)
        if unit in _DAY_UNITS:
            return _relative_day(m, last_day)
    if m := _RE_ISO.search(t):
        y, mo, d = int(m["y"]), int(m["m"]), m["d"]
        if 1 <= mo <= 12:
            if d and _valid(y, mo, int(d)):
                return DateValue(_ymd(y, mo, int(d)), "day", "explicit")
            return DateValue(_ymd(y, mo), "month", "explicit")
    for rx in (_RE_DAY_MONTH_YEAR, _RE_MONTH_DAY_YEAR):
        if m := rx.search(t):
            y, mo, d = int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])
            if _valid(y, mo, d):
                return DateValue(_ymd(y, mo, d), "day", "explicit")
    if m := _RE_MONTH_YEAR.search(t):
        return DateValue(_ymd(int(m["year"]), MONTHS[m["month"].lower()]), "month", "explicit")
    if m := _RE_DECADE.search(t):
        decade = m["decade"]
        return DateValue(decade[:3], "decade", "vague" if m["q"] else "explicit")
    if m := _RE_YEAR.search(t):
        return DateValue(_ymd(int(m["year"])), "year", "vague" if m["q"] else "explicit")
    if (
        entry is not None
        and entry.precision != "decade"
        and (m := _RE_MONTH_DAY.search(t) or _RE_DAY_MONTH.search(t) or _RE_MONTH_ALONE.search(t))
    ):  # "On 30 July" in the entry "26 July 2023: ...": the entry's year
        return _in_narrative_year(m, entry, "entry-relative")
    if doc_date is not None and (m := _RE_MONTH_OF_DOC_YEAR.search(t)):  # "June last year"
        y = doc_date.year + DOCUMENT_YEAR_SHIFTS[m["which"].lower()]
        mo, day = MONTHS[m["month"].lower()], m["day"] or m["day0"]
        if day is not None and _valid(y, mo, int(day)):  # "on March 1 this year"
            return DateValue(_ymd(y, mo, int(day)), "day", "document-relative")
        return DateValue(_ymd(y, mo), "month", "document-relative")
    if (
        narrative is not None
        and narrative.precision != "decade"
        and (m := _RE_THAT_MONTH.search(t))
    ):  # "in March 1985 ... that November": the narrative's year
        return _in_narrative_year(m, narrative)
    if doc_date is not None and _RE_NEXT_PERIOD.match(t):
        return _relative_to_document(t, doc_date)  # "next month" in the news: from the dateline
    if (told := _told_before(t, narrative, last_day)) is not None:
        return told  # "attacks on 25 August 2017 ... attacked posts on 25 August": that day
    if (
        narrative is not None
        and (history or doc_date is None)
        and narrative.how != "document-relative"
        and narrative.precision != "decade"
        and (doc_date is None or abs(doc_date.year - narrative.year) > HISTORY_YEARS)
        and (m := _RE_MONTH_DAY.search(t) or _RE_DAY_MONTH.search(t) or _RE_MONTH_ALONE.search(t))
    ):  # "In August", "On 6 December" in a narrative of another year: that year
        return _in_narrative_year(m, narrative)
    if m := _RE_RELATIVE_NARRATIVE.search(t):
        base = narrative
        if base is None and doc_date is not None:
            base = DateValue(_ymd(doc_date.year, doc_date.month), "month", "document")
        if base is None or base.precision == "decade":
            return None
        unit = _unit_of(m)
        delta = _shift_of(m)
        if unit == "year" and (mo := _RE_MONTH_OF_YEAR.search(t)):  # "July of that year"
            month = MONTHS[mo["month"].lower()]
            return DateValue(_ymd(base.year + delta, month), "month", "narrative-relative")
        if unit == "year":
            return DateValue(_ymd(base.year + delta), "year", "narrative-relative")
        if base.month is None:
            return None
        y, mo = _shift_months(base.year, base.month, delta)
        return DateValue(_ymd(y, mo), "month", "narrative-relative")
    if doc_date is not None:
        return _relative_to_document(t, doc_date)
    return None


def _unit_of(m: re.Match[str]) -> str:
    """The unit of a match of ``_RE_RELATIVE_NARRATIVE`` ("year" for "the following year" and
    for "two years later")."""
    if m["unit"]:
        return m["unit"].lower()
    return COUNT_UNITS.get((m["unit2"] or "").lower(), "")


def _shift_of(m: re.Match[str]) -> int:
    """The units a match of ``_RE_RELATIVE_NARRATIVE`` moves by ("the following" +1, "two ...
    earlier" -2, "the same" 0)."""
    if m["rel"]:
        return NARRATIVE_SHIFTS.get(m["rel"].lower().split()[-2], 0)
    return _num(m["n"]) * (1 if COUNT_DIRECTIONS.get(m["dir"].lower(), -1) > 0 else -1)


def _relative_day(m: re.Match[str], base: DateValue | None) -> DateValue | None:
    """A day relative to the last day-precision date of the text ("the same day", "the
    following night", "two days later"), or None when the text gave none; relative to a month
    or a year (a caller's choice: "In January 2023 ..., and ... the same day"), that month or
    year."""
    if base is not None and base.precision in ("month", "year"):
        return DateValue(base.iso, base.precision, "narrative-relative")
    if base is None or base.precision != "day":
        return None
    days = _shift_of(m)
    day = dt.date.fromisoformat(base.iso) + dt.timedelta(days=days)
    return DateValue(day.isoformat(), "day", "narrative-relative")


def _told_before(
    t: str, narrative: DateValue | None, last_day: DateValue | None
) -> DateValue | None:
    """A day and month with no year that the text gave before with its year (the narrative or
    the last day told): the same day again, in the year given then, not the document's; a day
    of the month the narrative gave with its year ("In November 2017 ... He resigned on
    November 21"): that month's."""
    m = _RE_DAY_MONTH.search(t) or _RE_MONTH_DAY.search(t)
    if m is None:
        return None
    mo, day = MONTHS[m["month"].lower()], int(m["day"])
    if (
        narrative is not None
        and narrative.precision == "month"
        and narrative.how == "explicit"
        and narrative.month == mo
        and _valid(narrative.year, mo, day)
    ):
        return DateValue(_ymd(narrative.year, mo, day), "day", "narrative-relative")
    for told in (narrative, last_day):
        if (
            told is not None
            and told.precision == "day"
            and told.how == "explicit"
            and told.month == mo
            and told.partial.first.day == day
        ):
            return told
    return None


def _in_narrative_year(
    m: re.Match[str], narrative: DateValue, how: str = "narrative-relative"
) -> DateValue | None:
    """A month (and day) with no year, read in the narrative's year; a month well before the
    narrative's own (more than ``narrative_months_back``) is in the year after it (a narrative
    moves forward), one a few months before it looks back ("In June ... At a meeting in
    Dresden in March"). ``how``: the
    provenance given ("entry-relative": as good as an explicit date, read in a chronology's
    entry)."""
    mo = MONTHS[m["month"].lower()]
    y = narrative.year
    if narrative.month is not None and narrative.month - mo > _MONTHS_BACK:
        y += 1
    day = m.groupdict().get("day")
    if day is not None and _valid(y, mo, int(day)):
        return DateValue(_ymd(y, mo, int(day)), "day", how)
    return DateValue(_ymd(y, mo), "month", how)


def _relative_to_document(t: str, doc: dt.date) -> DateValue | None:
    low = t.lower()
    if m := ANNIVERSARY.search(low):  # "Thirty years ago today": that day, years back
        n = _ANNIVERSARY_COUNTS.get(" ".join(m["n"].split()), 0) or int(m["n"])
        day = dt.date(doc.year - n, doc.month, min(doc.day, 28 if doc.month == 2 else 31))
        precision = _ANNIVERSARY[" ".join(m["when"].split())]
        iso = _ymd(day.year, day.month) if precision == "month" else day.isoformat()
        return DateValue(iso, precision, "document-relative")
    if _RE_TODAY.search(low):
        return DateValue(doc.isoformat(), "day", "document-relative")
    if _RE_YESTERDAY.search(low):
        return DateValue((doc - dt.timedelta(days=1)).isoformat(), "day", "document-relative")
    if _RE_TOMORROW.search(low):
        return DateValue((doc + dt.timedelta(days=1)).isoformat(), "day", "document-relative")
    for rx in (_RE_MONTH_DAY, _RE_DAY_MONTH):  # "Monday, July 1": the date, not the weekday
        if (m := rx.search(t)) and any(w.search(low) for w in _RE_WEEKDAY.values()):
            mo, d = MONTHS[m["month"].lower()], int(m["day"])
            y = doc.year if (mo, d) <= (doc.month, doc.day) else doc.year - 1
            if _valid(y, mo, d):
                return DateValue(_ymd(y, mo, d), "day", "document-relative")
    if (m := _RE_WEEKDAY_LAST_WEEK.search(low)) and m["day"] in WEEKDAYS:
        monday = doc - dt.timedelta(days=doc.weekday() + 7)  # Monday of the week before
        day = monday + dt.timedelta(days=WEEKDAYS[m["day"]])
        return DateValue(day.isoformat(), "day", "document-relative")
    for name, wd in WEEKDAYS.items():
        if _RE_WEEKDAY[name].search(low):
            # News refers to the most recent such weekday (the document's own day counts).
            back = (doc.weekday() - wd) % 7
            shifted = [
                n for w, n in DOCUMENT_SHIFTS.items() if n and _RE_WEEKDAY_NEXT[name][w].search(low)
            ]
            if any(n > 0 for n in shifted):  # "next Friday"
                return DateValue(
                    (doc + dt.timedelta(days=(wd - doc.weekday()) % 7 or 7)).isoformat(),
                    "day",
                    "document-relative",
                )
            if back == 0 and shifted:
                back = 7  # "last Saturday" written on a Saturday: a week before
            return DateValue(
                (doc - dt.timedelta(days=back)).isoformat(), "day", "document-relative"
            )
    if m := _RE_AGO.search(low):
        n, unit = _num(m["n"]), COUNT_UNITS[m["unit"].lower()]
        if unit == "day":
            return DateValue((doc - dt.timedelta(days=n)).isoformat(), "day", "document-relative")
        if unit == "week":
            return DateValue((doc - dt.timedelta(weeks=n)).isoformat(), "day", "document-relative")
        if unit == "month":
            y, mo = _shift_months(doc.year, doc.month, -n)
            return DateValue(_ymd(y, mo), "month", "document-relative")
        return DateValue(_ymd(doc.year - n), "year", "document-relative")
    if m := _RE_THIS_WEEK.search(low):
        # a day inside this week, before (or after) the dateline
        shift = THIS_WEEK_SHIFTS[m["which"].lower()]
        return DateValue((doc + dt.timedelta(days=shift)).isoformat(), "week", "document-relative")
    if m := _RE_LAST_MONTH.search(t):
        # "last November": the latest November before the document's month; "next March" the
        # first after it; "this April" the document's year
        which, mo = DOCUMENT_SHIFTS[m["which"].lower()], MONTHS[m["month"].lower()]
        if which < 0:
            y = doc.year if mo < doc.month else doc.year - 1
        elif which > 0:
            y = doc.year if mo > doc.month else doc.year + 1
        else:
            y = doc.year
        return DateValue(_ymd(y, mo), "month", "document-relative")
    if m := _RE_LAST.search(low):
        sign, unit = DOCUMENT_SHIFTS[m["which"].lower()], m["unit"].lower()
        if unit in _WEEK_UNITS:
            # a day inside that week, with "week" precision ("last week" -> seven days earlier)
            return DateValue(
                (doc + dt.timedelta(weeks=sign)).isoformat(), "week", "document-relative"
            )
        if unit == "month":
            y, mo = _shift_months(doc.year, doc.month, sign)
            return DateValue(_ymd(y, mo), "month", "document-relative")
        return DateValue(_ymd(doc.year + sign), "year", "document-relative")
    for rx in (_RE_MONTH_DAY, _RE_DAY_MONTH):
        if m := rx.search(t):
            mo, d = MONTHS[m["month"].lower()], int(m["day"])
            y = doc.year if (mo, d) <= (doc.month, doc.day) else doc.year - 1
            if _valid(y, mo, d):
                return DateValue(_ymd(y, mo, d), "day", "document-relative")
    if m := _RE_MONTH_ALONE.search(t.strip()):
        mo = MONTHS[m["month"].lower()]
        y = doc.year if mo <= doc.month else doc.year - 1
        return DateValue(_ymd(y, mo), "month", "document-relative")
    return _dateparser_fallback(t, doc)


_RE_DURATION = re.compile(
    rf"\b\w+[- ](?:{_alt(lang.word_list('duration_units'))})s?[- ]?"
    rf"(?:{_alt(lang.word_list('duration_adjectives'))})?\b"
    rf"|\b(?:{_alt(lang.word_list('duration_words'))})\b",
    re.I,
)
_RE_FALLBACK_WORTHY = re.compile(
    r"\b(?:" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS) + r")\b|\d{1,2}/\d{1,2}", re.I
)


def _dateparser_fallback(t: str, doc: dt.date) -> DateValue | None:
    # Durations ("a seven-year rift", "for decades") are not dates; only expressions naming a
    # month, a weekday or a numeric day go to dateparser.
    if _RE_DURATION.search(t) or not _RE_FALLBACK_WORTHY.search(t):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    parsed = dateparser.parse(
        t,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(doc.year, doc.month, doc.day),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        return None
    return DateValue(parsed.date().isoformat(), "day", "dateparser")


def is_date_like(text: str) -> bool:
    """Cheap test that a phrase may hold a date (to avoid the fallback on every DATE entity)."""
    return bool(
        RELATIVE_DAY.search(text)  # "the same afternoon", "the following night"
        or _DATE_HINT.search(text.lower())
        or _RE_DAY_TIME.search(text)  # "last night"
    )


_DATE_HINT = re.compile(
    r"\d|" + "|".join(lang.word_list("date_hints")) + "|" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS)
)


_RE_NAMED_DAY = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + "|" + "|".join(WEEKDAYS) + r")\b",
    re.I,
)


def names_day(text: str) -> bool:
    """A time expression that names a weekday or a month ("Monday night", "the night of 25
    March") or a day relative to the document ("last night", "this morning"): the entity
    recogniser calls these TIME, but they date an event as a DATE does."""
    return bool(_RE_NAMED_DAY.search(text) or _RE_DAY_TIME.search(text))
