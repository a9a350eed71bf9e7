"""Checks of what visitors send: search filters and proposed corrections."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from multivector.web.community import CommunityError

# Fields of an event a correction may change, with how each is checked.
CORRECTABLE_FIELDS = ("source", "target", "cameo", "plover", "quad_class", "goldstein", "date")
CODE = re.compile(r"^[A-Z0-9]{2,64}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PLOVER = re.compile(r"^[A-Za-z_\-]{2,32}$")
FILTER_KEYS = ("actor", "target", "since", "until", "cameo", "plover", "quad", "doc_id")


def real_date(value: str) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day (not 2024-02-31)."""
    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def parse_filters(params: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Validated filter values from query parameters, and a message per rejected value."""
    out: dict[str, Any] = {}
    problems: list[str] = []
    for key in FILTER_KEYS:
        value = str(params.get(key, "") or "").strip()
        if not value:
            continue
        ok = {
            "actor": lambda v: CODE.match(v.upper()),
            "target": lambda v: CODE.match(v.upper()),
            "since": real_date,
            "until": real_date,
            "cameo": _CAMEO.match,
            "plover": _PLOVER.match,
            "quad": lambda v: v in ("1", "2", "3", "4"),
            "doc_id": lambda v: re.match(r"^[\w.:\-]{1,255}$", v),
        }[key](value)
        if not ok:
            problems.append(f"ignored the {key} filter {value[:40]!r}: not a valid value")
            continue
        out[key] = value.upper() if key in ("actor", "target") else value
        if key == "quad":
            out[key] = int(value)
    return out, problems


def clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Check a proposed correction's fields and values; raise CommunityError when wrong."""
    out: dict[str, Any] = {}
    for key, raw in changes.items():
        if key not in CORRECTABLE_FIELDS:
            raise CommunityError(f"{key!r} is not a field you can correct")
        value = str(raw).strip()
        if key in ("source", "target"):
            value = value.upper()
            if not CODE.match(value):
                raise CommunityError(f"{key}: {raw!r} is not an actor code (e.g. KAZ, RUSGOV)")
            out[key] = value
        elif key == "cameo":
            if not _CAMEO.match(value):
                raise CommunityError(f"cameo: {raw!r} is not a CAMEO code (2-4 digits)")
            out[key] = value
        elif key == "plover":
            if not _PLOVER.match(value):
                raise CommunityError(f"plover: {raw!r} is not a PLOVER type")
            out[key] = value.upper()
        elif key == "quad_class":
            if value not in ("1", "2", "3", "4"):
                raise CommunityError("quad_class is 1, 2, 3 or 4")
            out[key] = int(value)
        elif key == "goldstein":
            try:
                g = float(value)
            except ValueError:
                raise CommunityError(f"goldstein: {raw!r} is not a number") from None
            if not -10 <= g <= 10:
                raise CommunityError("goldstein is between -10 and 10")
            out[key] = g
        elif key == "date":
            if not _DATE.match(value):
                raise CommunityError("date is YYYY, YYYY-MM or YYYY-MM-DD")
            out[key] = value
    return out
