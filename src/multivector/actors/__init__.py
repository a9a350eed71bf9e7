"""The actor reference table: countries (ISO 3166-1 and CAMEO's historical codes), organisations,
leaders with their terms, and agent nouns, with the look-ups the rest of multivector uses.

Depends on nothing else of multivector's. The coder resolves text with :func:`load_actor_data`
(extendable by user YAML files); the store, corrections, the question box and the web read
codes and names through :func:`country_codes`, :func:`country_of`, :func:`country_name` and
:func:`country_names`. Data files: ``data/countries.yaml``, ``organizations.yaml``,
``leaders.yaml``, ``agents.yaml``, ``successions.yaml``, ``dependencies.yaml`` (hand-kept) and
``iso3166.yaml`` (written by
``python -m multivector.actors.build_iso``).
"""

from __future__ import annotations

from multivector.actors.entries import (
    ActorData,
    AgentEntry,
    Capital,
    CountryEntry,
    LeaderEntry,
    OrganizationEntry,
    Term,
)
from multivector.actors.parse import extend_actor_data
from multivector.actors.reference import (
    country_codes,
    country_name,
    country_names,
    country_of,
    iso_names,
)
from multivector.actors.successions import ruler_on, state_on, territories
from multivector.actors.table import load_actor_data

__all__ = [
    "ActorData",
    "AgentEntry",
    "Capital",
    "CountryEntry",
    "LeaderEntry",
    "OrganizationEntry",
    "Term",
    "country_codes",
    "country_name",
    "country_names",
    "country_of",
    "extend_actor_data",
    "iso_names",
    "load_actor_data",
    "ruler_on",
    "state_on",
    "territories",
]
