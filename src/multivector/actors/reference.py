"""Reference look-ups over the actor table: which codes are countries, their names, the country
an actor code belongs to. The store, corrections, the question box and the web read these.

CAMEO's historical codes (USR Soviet Union, YUG Yugoslavia, CSK Czechoslovakia, DDR East
Germany, SCG Serbia and Montenegro, KSV Kosovo) are countries here like any ISO code.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from multivector.actors.table import load_actor_data


@functools.lru_cache(maxsize=1)
def iso_names() -> dict[str, dict[str, str]]:
    """ISO 3166-1: alpha-3 code -> the standard's names (``name``, ``official_name``,
    ``common_name``), from ``data/iso3166.yaml``."""
    text = (resources.files(__package__) / "data" / "iso3166.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every country code: ISO 3166-1 alpha-3 and CAMEO's own (historical) ones."""
    return frozenset(c.code for c in load_actor_data().countries) | frozenset(iso_names())


def country_name(code: str | None) -> str | None:
    """The display name of a country code ("USR" -> "Soviet Union"); None if not a country."""
    if not code:
        return None
    try:
        return load_actor_data().country(code.upper()).name
    except KeyError:
        return None


def country_of(code: str | None) -> str | None:
    """The country an actor code belongs to: its leading three letters when they are a country
    code (``USRGOV`` -> ``USR``, ``KAZ`` -> ``KAZ``), else None (``IGOEUREEC``, ``NATO``)."""
    if not code or len(code) < 3:
        return None
    head = code[:3].upper()
    return head if head in country_codes() else None


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case country names -> code, for matching names case-blind: the ISO standard's
    names ("Russian Federation") and the table's display and proper names ("Russia", "Soviet
    Union"). Abbreviations ("US", "USSR") and names of countries whose bare name is a common
    word are left out: matched case-blind they would be words ("us")."""
    out: dict[str, str] = {}
    for code, names in iso_names().items():
        for key in ("name", "common_name"):
            if names.get(key):
                out[names[key].lower()] = code
    for entry in load_actor_data().countries:
        if entry.ambiguous:
            continue
        for name in (entry.name, *entry.names):
            if len(name) >= 4 and any(ch.islower() for ch in name):
                out.setdefault(name.lower(), entry.code)
    return out
