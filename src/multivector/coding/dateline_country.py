"""The country a news dateline names after its place ("ZORVAKA, Moldova - ": Moldova).

A dateline whose town the gazetteer does not know still names its country after the comma; that
country is the dateline's when the town is unknown (dateline25: a brief that names its country
only in its dateline, now a sentence of its own, still happens there).
"""

from __future__ import annotations

import re
from functools import cache

from multivector.actors.reference import load_actor_data

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


def named_country(dateline: str) -> str | None:
    """The code of the first country named after a comma of ``dateline`` ("KALVO, Democratic
    Republic of the Congo - "), or None."""
    for part in dateline.split(",")[1:]:
        code = _country_names().get(_PART_END.split(part)[0].strip().lower())
        if code is not None:
            return code
    return None
