"""The coder's view of the actor table: everything lives in :mod:`multivector.actors` (kept
so that imports from before the move keep working)."""

from __future__ import annotations

from multivector.actors import (
    ActorData,
    AgentEntry,
    Capital,
    CountryEntry,
    LeaderEntry,
    OrganizationEntry,
    Term,
    load_actor_data,
)

__all__ = [
    "ActorData",
    "AgentEntry",
    "Capital",
    "CountryEntry",
    "LeaderEntry",
    "OrganizationEntry",
    "Term",
    "load_actor_data",
]
