"""Store views of partial dates (:class:`multivector.model.PartialDate`): day ranges and filters."""

from __future__ import annotations

from datetime import UTC, datetime

from multivector.model import PartialDate


def date_columns(value: str | None) -> dict[str, str | int | None]:
    """The events-table date columns for a partial date: first day, last day, and the year when
    the date lies within one (a decade or century has no year: it is not counted in any year).

    An unparseable or empty value gives empty columns."""
    found = PartialDate.parse(value) if value else None
    if found is None:
        return {"date_start": None, "date_end": None, "year": None}
    return {
        "date_start": found.first.isoformat(),
        "date_end": found.last.isoformat(),
        "year": found.year,
    }


def lower_bound(value: str) -> str:
    """The first day covered by a ``--since`` value; ValueError if it is not a date."""
    return PartialDate.strict(value).first.isoformat()


def upper_bound(value: str) -> str:
    """The last day covered by an ``--until`` value (inclusive)."""
    return PartialDate.strict(value).last.isoformat()


def utc_now() -> str:
    """The current UTC time as ``YYYY-MM-DDTHH:MM:SSZ`` (ingest and audit timestamps)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
