"""The state a place of today's country lay in on a given day (``data/successions.yaml``):
``state_on("RUS", date(1986, 4, 15))`` is ``"USR"``, ``state_on("SRB", date(2004, 1, 1))``
``"SCG"``; a country with no earlier state, or no date, is itself. And the state that governed
a territory before its independence (``data/dependencies.yaml``): ``ruler_on("DZA",
date(1957, 3, 1))`` is ``"FRA"``."""

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
        raise ValueError(f"{where}: bad date {value!r}") from err


def _load(name: str) -> object:
    return yaml.safe_load((resources.files(__package__) / "data" / name).read_text("utf-8"))


def _periods(table: object, name: str) -> dict[str, tuple[Period, ...]]:
    """Country code -> its periods, read from ``table`` (a mapping of lists of periods)."""
    out: dict[str, tuple[Period, ...]] = {}
    for code, periods in (table or {}).items():
        rows = []
        for p in periods:
            where = f"{name}: {code}"
            start, end = _day(p.get("from"), where), _day(p.get("until"), where)
            if not p.get("state") or end is None or (start is not None and start >= end):
                raise ValueError(f"{where}: a period needs a state and an end")
            rows.append((str(p["state"]), start, end))
        out[str(code)] = tuple(rows)
    return out


@functools.lru_cache(maxsize=1)
def successions() -> dict[str, tuple[Period, ...]]:
    """Today's country code -> the states its places lay in before, with their periods."""
    return _periods(_load("successions.yaml"), "successions.yaml")


@functools.lru_cache(maxsize=1)
def territories() -> dict[str, tuple[Period, ...]]:
    """Territory code -> the states that governed it before its independence, with periods."""
    data = _load("dependencies.yaml") or {}
    if not isinstance(data, dict):
        raise ValueError("dependencies.yaml: expected a mapping `territories`")
    return _periods(data.get("territories"), "dependencies.yaml")


def _on(periods: tuple[Period, ...], day: dt.date) -> str | None:
    for state, start, end in periods:
        if (start is None or day >= start) and end is not None and day < end:
            return state
    return None


def state_on(country: str, day: dt.date | None) -> str:
    """The state a place of ``country`` lay in on ``day``: the earlier state of the period
    holding the day, else ``country`` itself."""
    if day is None:
        return country
    return _on(successions().get(country, ()), day) or country


def ruler_on(territory: str, day: dt.date | None) -> str | None:
    """The state that governed ``territory`` on ``day``, or None (independent, or no date)."""
    if day is None:
        return None
    return _on(territories().get(territory, ()), day)
