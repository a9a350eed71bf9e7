"""The day a story was filed, read from its dateline.

A paper printed in the morning carries the next day's date, while its dateline names the day
the story was filed ("NEW DELHI, July 11. India today ..." in the paper of July 12): "today",
"on Sunday" and "yesterday" in the story count from the dateline's day. A dateline's date
more than ``DATELINE_LAG_DAYS`` before the document's (or after it) is not taken: the
document's date stays the reference.
"""

from __future__ import annotations

import datetime as dt

from multivector.coding.dates import parse_date_expression

DATELINE_LAG_DAYS = 3  # a morning paper is a day late; a weekly digest's dateline is not read


def story_day(dateline: str | None, doc_date: dt.date | None) -> dt.date | None:
    """The day a story was filed: the day its ``dateline`` (the text ``nlp.dateline_span``
    finds, or None) names when that lies at most ``DATELINE_LAG_DAYS`` before ``doc_date``,
    else ``doc_date``."""
    if doc_date is None or not dateline:
        return doc_date
    value = parse_date_expression(dateline, doc_date)
    if value is None or value.precision != "day":
        return doc_date
    day = dt.date.fromisoformat(value.iso)
    if day > doc_date:  # "Dec 31" in the paper of Jan 1: the year before
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return doc_date
    return day if 0 < (doc_date - day).days <= DATELINE_LAG_DAYS else doc_date
