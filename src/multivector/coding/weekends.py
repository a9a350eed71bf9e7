"""The weekend a news text tells of ("over the weekend", "at the weekend", "last weekend").

News written in the week calls the Saturday and Sunday before its date "the weekend"; the
weekend is read as its first day (its Saturday, or the document's own day when that is a
Saturday), to the day, so that an act of either day is dated within it. A weekend to come ("next
weekend") is not one of these phrases.
"""

from __future__ import annotations

import datetime as dt
import re

from multivector.coding import lang
from multivector.coding.dates import DateValue

_PHRASES = sorted(lang.word_list("weekend_phrases"), key=len, reverse=True)
_PREPOSITIONS = "|".join(re.escape(w) for w in lang.word_list("weekend_prepositions"))
WEEKEND = re.compile(
    rf"(?:(?:{_PREPOSITIONS})\s+)?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _PHRASES)
    + ")",
    re.I,
)
_FIRST_DAY = int(lang.entry("weekend_first_day"))  # Monday 0: Saturday 5


def weekend_day(text: str, doc_date: dt.date | None) -> DateValue | None:
    """The first day of the weekend ``text`` names, the latest one on or before ``doc_date``;
    None when ``text`` is not such a phrase or the text has no date."""
    if doc_date is None or not WEEKEND.fullmatch(" ".join(text.split())):
        return None
    back = (doc_date.weekday() - _FIRST_DAY) % 7
    return DateValue((doc_date - dt.timedelta(days=back)).isoformat(), "day", "document-relative")
