"""Figures the analytical questions need that :mod:`multivector.analysis` does not compute yet.

Built from the analysis functions and the store's methods only (no SQL of their own).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from multivector.analysis import partner_network
from multivector.store.filters import EventFilter
from multivector.store.rows import actor_root

MAX_DOCUMENTS = 2000  # documents_added lists at most this many


def actor_title(code: str) -> str:
    """"Russia (RUS)", "European Union (IGOEUREEC)": the coder's dictionaries' name for a
    principal actor, or the bare code when they do not name it."""
    from multivector.actors import load_actor_data

    data = load_actor_data()
    for kind in ("country", "organization"):
        try:
            found = getattr(data, kind)(code)
        except (KeyError, ValueError):
            continue
        name = found.name if kind == "country" else (found.names[0] if found.names else None)
        if name:
            return f"{name} ({code})"
    return code


def actor_totals(store: Any) -> list[tuple[str, int]]:
    """Every principal actor (country or organisation) with an upper bound of its events,
    most first: the store's per-code counts summed by principal code."""
    totals: Counter[str] = Counter()
    for a in store.actors():
        totals[actor_root(a["code"], a.get("country"))] += int(a.get("n_events") or 0)
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def busiest_dyads(store: Any, f: EventFilter | None = None, n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` pairs of principal actors with the most events between them (both directions),
    each with its cooperative and conflictual counts and mean Goldstein.

    Walks actors from the most active down, taking each one's partner network, and stops once
    no actor left can be part of a pair busier than the ``n``-th found: a pair's events are at
    most either actor's total. Exact, and on a large store it reads a few actors only.
    """
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for root, bound in actor_totals(store):
        if len(pairs) >= n and bound < _nth(pairs, n):
            break
        for p in partner_network(store, root, f):
            a, b = sorted((root, p["partner"]))
            if (a, b) in pairs or not p["events"]:
                continue
            pairs[(a, b)] = {
                "a": a,
                "b": b,
                "events": p["events"],
                "coop_events": p["coop_events"],
                "conflict_events": p["conflict_events"],
                "net": round(p["net"], 4),
                "mean_goldstein": round(p["goldstein"] / p["events"], 4),
            }
    ranked = sorted(pairs.values(), key=lambda d: (-d["events"], d["a"], d["b"]))
    return ranked[:n]


def _nth(pairs: dict[tuple[str, str], dict[str, Any]], n: int) -> int:
    counts = sorted((d["events"] for d in pairs.values()), reverse=True)
    return counts[n - 1]


def documents_added(
    store: Any, first_day: str, last_day: str | None = None, page: int = 200,
    cap: int = MAX_DOCUMENTS,
) -> list[dict[str, Any]]:
    """Accepted documents ingested from ``first_day`` to ``last_day`` (YYYY-MM-DD, inclusive),
    newest first, at most ``cap``: the store lists documents oldest first, so this pages from
    the end and stops at the first page that reaches back before ``first_day``."""
    total = store.count_documents("accepted")
    out: list[dict[str, Any]] = []
    end = total
    while end > 0 and len(out) < cap:
        start = max(0, end - page)
        rows = store.documents(status="accepted", limit=end - start, offset=start)
        days = [str(r.get("ingested_at") or "")[:10] for r in rows]
        out.extend(r for r, day in zip(reversed(rows), reversed(days), strict=True)
                   if day >= first_day and (last_day is None or day <= last_day))  # fmt: skip
        if min(days, default=first_day) < first_day:
            break
        end = start
    return out[:cap]
