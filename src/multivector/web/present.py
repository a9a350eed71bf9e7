"""How pages show things: actors' names, which mentions are names, timestamps, pole colours."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from multivector.web import charts

WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MULTIPOLARITY_COLOR = "#4b5563"


@lru_cache(maxsize=1)
def _actor_data() -> Any:
    from multivector.actors import load_actor_data

    return load_actor_data()


def _lookup(kind: str, code: str) -> Any:
    try:
        return getattr(_actor_data(), kind)(code)
    except (KeyError, ValueError):
        return None


def actor_name(code: str) -> str | None:
    """The actor's name from the coder's dictionaries ("Kazakhstan", "Kazakhstan government")."""
    country = _lookup("country", code)
    if country is not None:
        return str(country.name)
    org = _lookup("organization", code)
    if org is not None and org.names:
        return str(org.names[0])
    if len(code) > 3:
        country, agent = _lookup("country", code[:3]), _lookup("agent", code[3:6])
        if country is not None:
            return f"{country.name} {agent.label}" if agent is not None else str(country.name)
    return None


def actor_title(code: str) -> str:
    """``"Kazakhstan (KAZ)"``, or just the code when the dictionaries do not name it."""
    name = actor_name(code)
    return f"{name} ({code})" if name else code


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    data = _actor_data()
    out: set[str] = set()
    for c in data.countries:
        out.update((c.name, *c.names, *c.adjectives, *c.demonyms, *(k.name for k in c.capitals)))
    for o in data.organizations:
        out.update(o.names)
    for leader in data.leaders:
        out.update(leader.names)
    return frozenset(n.casefold() for n in out if n)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    from multivector.coding import lang

    words = set(lang.words("pronouns")) | set(lang.words("reflexive_pronouns"))
    words |= set(lang.words("definite_determiners")) | set(lang.words("anaphoric_determiners"))
    words |= {str(w) for w in lang.entry("number_words")}
    return frozenset(w.casefold() for w in words)


def is_name(mention: str) -> bool:
    """Whether a mention names its actor ("Nazarbayev", "Foreign Minister Tokayev") rather than
    referring to it ("he", "the country", "five governments")."""
    text = mention.strip()
    if not text:
        return False
    words = WORD.findall(text)
    low = [w.casefold() for w in words]
    if all(w in _not_names() for w in low):  # "he", "us" (not the US), "they"
        return False
    if text.casefold() in _known_names():
        return True
    # any run of words that the dictionaries know as a name ("Kazakh" in "Kazakh parliament")
    for i in range(len(low)):
        for j in range(i + 1, min(len(low), i + 6) + 1):
            run = " ".join(low[i:j])
            if run in _known_names() and run not in _not_names():
                return True
    content = [w for w in words if w.casefold() not in _not_names()]
    # a proper name: every remaining word capitalised, and something left after the pronouns
    return bool(content) and all(w[0].isupper() for w in content)


def names_only(mentions: list[str]) -> list[str]:
    """The mentions that are names, in their order."""
    return [m for m in mentions if is_name(m)]


def timestamp(value: Any) -> str:
    """One format for every time shown: ``YYYY-MM-DD HH:MM UTC`` (no seconds or microseconds)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


@lru_cache(maxsize=1)
def pole_colors() -> dict[str, str]:
    """Each pole's colour from ``analysis/data/poles.yaml``, as the report draws them."""
    from multivector.analysis.poles import load_poles

    return {p.name: p.color for p in load_poles()}


def year_axis(years: list[int], max_span: int = 300) -> list[int]:
    """Every year from the first to the last (so gaps show), or just the given years when the
    span is implausibly wide."""
    if not years:
        return []
    lo, hi = min(years), max(years)
    return list(range(lo, hi + 1)) if hi - lo <= max_span else sorted(set(years))


def chart_svg(spec: dict[str, Any]) -> str:
    """An answer's chart (``{"type": "bar"|"line", "labels", "series", ...}``) as SVG."""
    if spec["type"] == "line":
        return charts.line_chart(spec["labels"], spec["series"], spec["title"],
                                 y_max=spec.get("y_max"), y_min=spec.get("y_min", 0.0),
                                 colors=spec.get("colors"))  # fmt: skip
    return charts.bar_chart(spec["labels"], spec["series"], spec["title"], colors=spec.get("colors"))


def nested(row: dict[str, Any] | None, key: str, sub: str) -> Any:
    """``row[key][sub]``, or None where the row or the key is missing."""
    return None if row is None else row.get(key, {}).get(sub)


def cameo_name(code: str) -> str | None:
    """The CAMEO code's name, or None for an unknown code."""
    from multivector.ontology import load_ontology

    try:
        return load_ontology().cameo(code).name
    except (KeyError, ValueError):
        return None


def describe(e: dict[str, Any]) -> str:
    """One line for a highlight's hover title: codes, actors, date, Goldstein, rule."""
    target = (e.get("target") or {}).get("code") or "—"
    name = cameo_name(e["cameo"]) or ""
    return (
        f"{e['cameo']} {name} · {e['source']['code']} → {target} · {e.get('date') or 'no date'}"
        f" · Goldstein {e['goldstein']} · PLOVER {e.get('plover') or '—'} · rule {e.get('rule') or '—'}"
    )


def history_row(h: dict[str, Any]) -> dict[str, Any]:
    """An audit row with its before/after decoded and the names of the changed fields."""
    h = dict(h)
    for key in ("before", "after"):
        if isinstance(h.get(key), str):
            h[key] = json.loads(h[key])
        h[key] = h.get(key) or {}
    h["changed"] = sorted(
        k for k in set(h["before"]) | set(h["after"]) if h["before"].get(k) != h["after"].get(k)
    )
    return h
