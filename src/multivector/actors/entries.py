"""Actor dictionary entries: countries, organisations, leaders (with terms), agent nouns.

The data model of ``data/countries.yaml``, ``organizations.yaml``, ``leaders.yaml`` and
``agents.yaml``; reading and validating the files is :mod:`multivector.actors.parse`,
loading them :mod:`multivector.actors.table`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

# --- entries ----------------------------------------------------------------------------


def _within(day: date, start: date | None, end: date | None) -> bool:
    """``start <= day < end`` with open ends where a bound is None."""
    return (start is None or start <= day) and (end is None or day < end)


@dataclass(frozen=True, slots=True)
class Capital:
    """A capital or seat of government standing for a country's government.

    ``start`` is inclusive and ``end`` exclusive; None means open-ended.
    """

    name: str
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        """True if the name stood for the government on ``day`` (always, with no date)."""
        return day is None or _within(day, self.start, self.end)


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A country: its code, names, adjectives, demonyms, capitals and regions."""

    code: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[Capital, ...] = ()
    regions: tuple[str, ...] = ()
    ambiguous: bool = False
    # a dependent territory whose defence and foreign affairs another state holds: its names
    # stand for that state ("Gibraltar police": GBR), as the news batches code them
    sovereign: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationEntry:
    """An international organisation, NGO or company."""

    code: str
    names: tuple[str, ...]
    kind: str  # igo | ngo | mnc | nsa (non-state armed or political group) | state (state body)
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """A term in office; ``start`` inclusive, ``end`` exclusive (the successor's first day).

    ``title`` and ``role`` override the person's defaults for this term when set.
    """

    start: date | None
    end: date | None
    title: str | None = None
    role: str | None = None

    def contains(self, day: date) -> bool:
        return _within(day, self.start, self.end)


@dataclass(frozen=True, slots=True)
class LeaderEntry:
    """A person with terms in office.

    ``country`` is the person's country (None for officials of organisations); ``code``,
    when set, is the organisation code the person stands for while in office (IGOUNO for a
    UN Secretary-General).
    """

    names: tuple[str, ...]
    country: str | None
    code: str | None
    role: str
    title: str
    terms: tuple[Term, ...] = field(default=())

    def term_on(self, day: date) -> Term | None:
        """The term that contains ``day``, if any."""
        for term in self.terms:
            if term.contains(day):
                return term
        return None

    def in_office(self, day: date | None) -> bool:
        """True if a term contains ``day`` (always true with no date).

        Use it to choose between entries that share a name ("Bush", "Tusk").
        """
        return day is None or self.term_on(day) is not None

    def _code_for(self, term: Term | None) -> str:
        if self.code is not None:
            return self.code
        assert self.country is not None  # validated on load
        role = (term.role if term and term.role else None) or self.role
        return self.country + role

    def code_on(self, day: date | None = None) -> str:
        """The actor code of this person on ``day``.

        Inside a term: country + role (``KAZGOV``), or the organisation code. Outside every
        term: country + ``ELI`` (a former or future elite), or organisation code + ``ELI``.
        With no date: the code of the most recent term.
        """
        if day is None:
            latest = max(self.terms, key=lambda t: t.start or date.min, default=None)
            return self._code_for(latest)
        term = self.term_on(day)
        if term is not None:
            return self._code_for(term)
        return (self.country or self.code or "") + "ELI"


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A CAMEO agent code with its label and role nouns (singular lemmas, lowercase)."""

    code: str
    label: str
    nouns: tuple[str, ...]


@dataclass(frozen=True)
class ActorData:
    """All actor dictionaries, validated, in file order (user entries replace by code).

    Look entries up by code with :meth:`country`, :meth:`organization` and :meth:`agent`.
    """

    countries: tuple[CountryEntry, ...]
    organizations: tuple[OrganizationEntry, ...]
    leaders: tuple[LeaderEntry, ...]
    agents: tuple[AgentEntry, ...]
    _by_code: Mapping[str, Mapping[str, Any]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index = {
            "country": MappingProxyType({c.code: c for c in self.countries}),
            "organization": MappingProxyType({o.code: o for o in self.organizations}),
            "agent": MappingProxyType({a.code: a for a in self.agents}),
        }
        object.__setattr__(self, "_by_code", MappingProxyType(index))

    def _get(self, kind: str, code: str) -> Any:
        try:
            return self._by_code[kind][code]
        except KeyError:
            raise KeyError(f"no {kind} with code {code!r} in the actor dictionaries") from None

    def country(self, code: str) -> CountryEntry:
        """The country entry for ``code`` (KeyError if unknown)."""
        return self._get("country", code)

    def organization(self, code: str) -> OrganizationEntry:
        """The organisation entry for ``code`` (KeyError if unknown)."""
        return self._get("organization", code)

    def agent(self, code: str) -> AgentEntry:
        """The agent entry for ``code`` (KeyError if unknown)."""
        return self._get("agent", code)


ENTRY_TYPES = (CountryEntry, OrganizationEntry, LeaderEntry, AgentEntry)
