"""The country a news dateline names after its place ("ZORVAKA, Moldova - ": Moldova).

A dateline whose town the gazetteer does not know still names its country after the comma; that
country is the dateline's when the town is unknown (dateline25: a brief that names its country
only in its dateline, now a sentence of its own, still happens there). A dateline's town the
gazetteer leaves out or finds in several countries may still be a capital of the actor table
("MALE - ", "COLOMBO - "): in a dateline it names its country.
"""

from __future__ import annotations

import re
from functools import cache

from multivector.actors.reference import load_actor_data
from multivector.coding.gazetteer import fold

_PART_END = re.compile(r"[(\-\u2013\u2014]")


@cache
def _country_names() -> dict[str, str]:
    """Country names, lower-cased -> code (unambiguous entries only)."""
    out: dict[str, str] = {}
    for c in load_actor_data().countries:
        if not c.ambiguous:
            for name in c.names:
                out.setdefault(name.lower(), c.code)
    return out


@cache
def _capitals() -> dict[str, str | None]:
    """Capitals of the actor table, folded -> country code (None when several share one)."""
    out: dict[str, str | None] = {}
    for c in load_actor_data().countries:
        for cap in c.capitals:
            key = fold(cap.name)
            out[key] = c.code if out.get(key, c.code) == c.code else None
    return out


def capital_country(name: str) -> str | None:
    """The country whose capital (in any era of the actor table) ``name`` is, or None."""
    return _capitals().get(fold(name))


def named_country(dateline: str) -> str | None:
    """The code of the first country named after a comma of ``dateline`` ("KALVO, Democratic
    Republic of the Congo - "), or None."""
    for part in dateline.split(",")[1:]:
        code = _country_names().get(_PART_END.split(part)[0].strip().lower())
        if code is not None:
            return code
    return None
