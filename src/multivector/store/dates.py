"""Partial ISO dates ("1995", "1995-04", "1995-04-07", decades "199"/"1990s") as day ranges."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DECADE = re.compile(r"^(\d{3})(?:0s)?$")  # "1990s", or "199" as the coder writes decades


def date_bounds(value: str | None) -> tuple[str | None, str | None, int | None]:
    """First day, last day and year of a partial date; ``(None, None, None)`` if unparseable."""
    if not value:
        return None, None, None
    value = value.strip()
    m = _ISO.match(value)
    if m:
        year = int(m.group(1))
        if m.group(2) is None:
            return f"{year:04d}-01-01", f"{year:04d}-12-31", year
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None, None, None
        if m.group(3) is None:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", year
        day = int(m.group(3))
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None, None, None
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        return iso, iso, year
    m = _DECADE.match(value)
    if m:
        start = int(m.group(1)) * 10
        return f"{start:04d}-01-01", f"{start + 9:04d}-12-31", start
    return None, None, None


def lower_bound(value: str) -> str:
    """The first day covered by a ``--since`` value; ValueError if it is not a date."""
    start, _, _ = date_bounds(value)
    if start is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return start


def upper_bound(value: str) -> str:
    """The last day covered by an ``--until`` value (inclusive)."""
    _, end, _ = date_bounds(value)
    if end is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return end


def utc_now() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` (ingest and audit timestamps)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
