"""The event store: coded documents in SQLite (default) or PostgreSQL, with Alembic migrations.

>>> from multivector.store import open_store, EventFilter
>>> store = open_store("sqlite:///multivector.db")
>>> store.query_events(EventFilter(dyad="KAZ,RUS", since="1995"))
"""

from __future__ import annotations

from multivector.store.core import DEFAULT_URL, IngestStats, Store, normalize_url, open_store
from multivector.store.filters import EventFilter

__all__ = ["DEFAULT_URL", "EventFilter", "IngestStats", "Store", "normalize_url", "open_store"]
