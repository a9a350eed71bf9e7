"""Clauses dated from another clause by an interval ("a day after they signed", "three weeks
before the vote"): the interval a clause states, and a date moved by it."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.dates import DateValue

INTERVAL_MARKS = {str(k): int(v) for k, v in lang.entry("interval_marks").items()}
INTERVAL_UNITS = {str(k): str(v) for k, v in lang.entry("interval_units").items()}
NUMBER_WORDS = {str(k): int(v) for k, v in lang.entry("number_words").items()}


def interval(v: Token) -> tuple[int, int, str] | None:
    """(direction, count, unit) of a clause dated from the clause it hangs on: "a day after
    they signed" -> (-1, 1, 'day'), "three weeks before the vote was held" -> (1, 3, 'week')."""
    mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in INTERVAL_MARKS), None)
    if mark is None:
        return None
    for c in (*v.children, *mark.children):  # "three days" on the verb or on "after"
        unit = INTERVAL_UNITS.get(c.lower_)
        if unit is None or c.dep_ not in ("npadvmod", "obl:tmod", "nmod:tmod"):
            continue
        count = 1
        for k in c.children:
            if k.dep_ in ("nummod", "det"):
                count = NUMBER_WORDS.get(k.lower_, int(k.text) if k.text.isdigit() else 1)
        return INTERVAL_MARKS[mark.lower_], count, unit
    return None


def shifted(value: DateValue, step: tuple[int, int, str]) -> DateValue:
    """``value`` moved by an :func:`interval` (a day-precision date by days or weeks; any date
    with a month by months; any by years)."""
    sign, count, unit = step
    day = value.partial
    if unit in ("day", "week") and value.precision == "day":
        days = count * (7 if unit == "week" else 1) * sign
        return DateValue((day.first + dt.timedelta(days=days)).isoformat(), "day", value.how)
    if unit == "month" and value.month is not None:
        total = value.year * 12 + value.month - 1 + sign * count
        return DateValue(f"{total // 12:04d}-{total % 12 + 1:02d}", "month", value.how)
    if unit == "year" and value.precision != "decade":
        return DateValue(f"{value.year + sign * count:04d}", "year", value.how)
    return value
