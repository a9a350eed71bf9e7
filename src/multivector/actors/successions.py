"""The state a place of today's country lay in on a given day (``data/successions.yaml``):
``state_on("RUS", date(1986, 4, 15))`` is ``"USR"``, ``state_on("SRB", date(2004, 1, 1))``
``"SCG"``; a country with no earlier state, or no date, is itself."""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

import yaml

Period = tuple[str, dt.date | None, dt.date | None]  # state, from (inclusive), until (exclusive)


def _day(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as err:
        raise ValueError(f"successions.yaml: {where}: bad date {value!r}") from err


@functools.lru_cache(maxsize=1)
def successions() -> dict[str, tuple[Period, ...]]:
    """Today's country code -> the states its places lay in before, with their periods."""
    text = (resources.files(__package__) / "data" / "successions.yaml").read_text("utf-8")
    out: dict[str, tuple[Period, ...]] = {}
    for code, periods in (yaml.safe_load(text) or {}).items():
        rows = []
        for p in periods:
            start, end = _day(p.get("from"), code), _day(p.get("until"), code)
            if not p.get("state") or end is None or (start is not None and start >= end):
                raise ValueError(f"successions.yaml: {code}: a period needs a state and an end")
            rows.append((str(p["state"]), start, end))
        out[str(code)] = tuple(rows)
    return out


def state_on(country: str, day: dt.date | None) -> str:
    """The state a place of ``country`` lay in on ``day``: the earlier state of the period
    holding the day, else ``country`` itself."""
    if day is None:
        return country
    for state, start, end in successions().get(country, ()):
        if (start is None or day >= start) and end is not None and day < end:
            return state
    return country
