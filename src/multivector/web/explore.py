"""Actor and dyad pages' data: the store's profiles (:mod:`multivector.store.queries`) plus
what only the pages show (names that are names, orientation per year)."""

from __future__ import annotations

from typing import Any

from multivector.store import queries
from multivector.web.present import names_only

document_status = queries.document_status
has_events = queries.has_events
recent_events = queries.recent_events
dyad_profile = queries.dyad_profile


def actor_profile(
    store: Any, code: str, n_recent: int = 20, n_partners: int = 12
) -> dict[str, Any]:
    """Counts per year, top partners, recent events and orientation for ``code``."""
    profile = queries.actor_profile(store, code, n_recent, n_partners)
    profile["code"] = code
    profile["names"] = names_only(profile["names"])[:5]
    poles, orientation = orientation_of(store, code) if profile["n_events"] else ([], [])
    return {**profile, "poles": poles, "orientation": orientation}


def orientation_of(store: Any, code: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The actor's orientation per year from :mod:`multivector.analysis`: (poles, rows).

    Each row is ``{"period", "shares": {pole: share}, "multipolarity"}``; periods in which
    the actor cooperated with no pole are left out (their shares are undefined).
    """
    from multivector.analysis import orientation

    rows = [
        r
        for r in orientation(store, code, by="year")
        if r.multipolarity is not None or any(s.share is not None for s in r.poles.values())
    ]
    if not rows:
        return [], []
    poles = list(rows[0].poles)
    return poles, [
        {
            "period": r.period,
            "shares": {name: (s.share or 0.0) for name, s in r.poles.items()},
            "multipolarity": r.multipolarity,
        }
        for r in rows
    ]
