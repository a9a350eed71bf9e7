"""Actor dictionaries: countries, organisations, leaders and agent nouns (data/*.yaml).

This module only loads and validates the data; resolving words in text to actor codes is the
resolver's job. The file formats are documented at the top of each YAML file and in
docs/dictionaries.md.

>>> data = load_actor_data()
>>> data.country("KAZ").name
'Kazakhstan'
>>> [p for p in data.leaders if "Tokayev" in p.names][0].code_on(date(2020, 1, 1))
'KAZGOV'

Users extend or override the built-in data with YAML files holding any of the top-level
sections ``countries:``, ``organizations:``, ``leaders:`` and ``agents:`` (same entry formats).
An entry with the code of a built-in entry replaces it, or, with ``extend: true``, adds its
lists to it; leaders are matched by their first name.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

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

# The C loader is several times faster where PyYAML was built with libyaml.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^(IGO|NGO|MNC)[A-Z]*$")
_ROLE_CODE = re.compile(r"^[A-Z]{3}$")
_AGENT_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_ORG_KINDS = ("igo", "ngo", "mnc", "nsa")
# Non-state armed and political groups: a country (or IMG, an international militarised
# group) + an agent code + a tag, as CAMEO codes them: PSEREBHMS (Hamas).
_NSA_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){1,3}$")
_NSA_INTERNATIONAL = "IMG"
_SECTIONS = ("countries", "organizations", "leaders", "agents")


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


@dataclass(frozen=True, slots=True)
class OrganizationEntry:
    """An international organisation, NGO or company."""

    code: str
    names: tuple[str, ...]
    kind: str  # igo | ngo | mnc | nsa (non-state armed or political group)
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

    def extended(self, extra: Iterable[object]) -> ActorData:
        """A copy with more entries: our entry types, or objects with ``as_actor_entries()``.

        Entries replace existing ones with the same code (leaders: same first name and
        country); references are checked as on load.
        """
        builder = _Builder()
        for entry in (*self.countries, *self.organizations, *self.leaders, *self.agents):
            builder.put(entry)
        for obj in extra:
            if isinstance(obj, _ENTRY_TYPES):
                builder.put(obj)
                continue
            convert = getattr(obj, "as_actor_entries", None)
            if convert is None:
                raise TypeError(
                    f"cannot add {type(obj).__name__} to the actor data: expected a Country/"
                    "Organization/Leader/AgentEntry or an object with as_actor_entries()"
                )
            for entry in convert():
                if not isinstance(entry, _ENTRY_TYPES):
                    raise TypeError(f"{type(obj).__name__}.as_actor_entries() gave {entry!r}")
                builder.put(entry)
        return builder.build()


# --- parsing ----------------------------------------------------------------------------


class _Where:
    """Builds error messages that name the file and the entry."""

    def __init__(self, path: str, entry: str) -> None:
        self.path = path
        self.entry = entry

    def error(self, message: str) -> ValueError:
        return ValueError(f"{self.path}: {self.entry}: {message}")


def _check_keys(
    raw: Any, where: _Where, required: Iterable[str], optional: Iterable[str]
) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise where.error(f"expected a mapping, got {type(raw).__name__}")
    required = tuple(required)
    allowed = set(required) | set(optional)
    unknown = sorted(str(k) for k in raw if k not in allowed)
    if unknown:
        raise where.error(
            f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )
    missing = [k for k in required if raw.get(k) in (None, "")]
    if missing:
        raise where.error(f"missing field(s) {', '.join(missing)}")
    return raw


def _str(value: Any, where: _Where, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.error(f"{key} must be a non-empty string, got {value!r}")
    return value.strip()


def _str_list(value: Any, where: _Where, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise where.error(f"{key} must be a list of strings, got {value!r}")
    return tuple(_str(v, where, key) for v in value)


def _date(value: Any, where: _Where, key: str) -> date | None:
    """A date from YAML: a date, or a string YYYY-MM-DD, YYYY-MM (first of month) or YYYY."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise where.error(f"{key} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}")


def _range(raw: dict[str, Any], where: _Where) -> tuple[date | None, date | None]:
    start = _date(raw.get("from"), where, "from")
    end = _date(raw.get("until"), where, "until")
    if start and end and end <= start:
        raise where.error(f"until {end} is not after from {start}")
    return start, end


def _code(value: Any, pattern: re.Pattern[str], where: _Where, what: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise where.error(f"bad {what} {value!r}")
    return value


def _parse_country(code: Any, raw: Any, path: str) -> CountryEntry:
    where = _Where(path, f"country {code}")
    code = _code(code, _COUNTRY_CODE, where, "country code (3 uppercase letters)")
    raw = _check_keys(
        raw,
        where,
        ("name",),
        ("names", "adjectives", "demonyms", "capitals", "regions", "ambiguous", "extend"),
    )
    capitals = []
    for i, cap in enumerate(raw.get("capitals") or ()):
        cw = _Where(path, f"country {code}: capital #{i + 1}")
        if isinstance(cap, str):
            cap = {"name": cap}
        cap = _check_keys(cap, cw, ("name",), ("from", "until"))
        start, end = _range(cap, cw)
        capitals.append(Capital(_str(cap["name"], cw, "name"), start, end))
    ambiguous = raw.get("ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise where.error(f"ambiguous must be true or false, got {ambiguous!r}")
    name = _str(raw["name"], where, "name")
    names = _str_list(raw.get("names"), where, "names") or (name,)
    return CountryEntry(
        code=code,
        name=name,
        names=names,
        adjectives=_str_list(raw.get("adjectives"), where, "adjectives"),
        demonyms=_str_list(raw.get("demonyms"), where, "demonyms"),
        capitals=tuple(capitals),
        regions=_str_list(raw.get("regions"), where, "regions"),
        ambiguous=ambiguous,
    )


def _parse_organization(raw: Any, path: str, index: int) -> OrganizationEntry:
    label = raw.get("code", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
    where = _Where(path, f"organization {label}")
    raw = _check_keys(raw, where, ("code", "names", "kind"), ("members", "extend"))
    kind = raw["kind"]
    if kind not in _ORG_KINDS:
        raise where.error(f"kind must be one of {', '.join(_ORG_KINDS)}, got {kind!r}")
    if kind == "nsa":
        code = _code(
            raw["code"], _NSA_CODE, where, "non-state actor code (country or IMG + agent + tag)"
        )
    else:
        code = _code(
            raw["code"], _ORG_CODE, where, "organization code (IGO/NGO/MNC + uppercase letters)"
        )
        if code[:3].lower() != kind:
            raise where.error(f"{kind} codes must start with {kind.upper()}, got {code}")
    members = _str_list(raw.get("members"), where, "members")
    for m in members:
        _code(m, _COUNTRY_CODE, where, "member country code")
    names = _str_list(raw["names"], where, "names")
    if not names:
        raise where.error("names must not be empty")
    return OrganizationEntry(code=code, names=names, kind=kind, members=members)


def _parse_leader(raw: Any, path: str, index: int) -> LeaderEntry:
    label = f"#{index + 1}"
    if isinstance(raw, dict) and isinstance(raw.get("names"), list) and raw["names"]:
        label = f"#{index + 1} ({raw['names'][0]})"
    where = _Where(path, f"leader {label}")
    raw = _check_keys(raw, where, ("names", "role", "title", "terms"), ("country", "code"))
    names = _str_list(raw["names"], where, "names")
    country = raw.get("country")
    code = raw.get("code")
    if country is not None:
        country = _code(country, _COUNTRY_CODE, where, "country code")
    if code is not None:
        code = _code(code, _ORG_CODE, where, "organization code")
    if country is None and code is None:
        raise where.error("needs a country or an organization code")
    role = _code(raw["role"], _ROLE_CODE, where, "role code (3 uppercase letters)")
    if not isinstance(raw["terms"], list) or not raw["terms"]:
        raise where.error("terms must be a non-empty list")
    terms = []
    for i, t in enumerate(raw["terms"]):
        tw = _Where(path, f"leader {label}: term #{i + 1}")
        t = _check_keys(t, tw, ("from",), ("until", "title", "role"))
        start, end = _range(t, tw)
        term_role = t.get("role")
        if term_role is not None:
            term_role = _code(term_role, _ROLE_CODE, tw, "role code")
        title = _str(t["title"], tw, "title") if t.get("title") is not None else None
        terms.append(Term(start, end, title, term_role))
    return LeaderEntry(
        names=names,
        country=country,
        code=code,
        role=role,
        title=_str(raw["title"], where, "title"),
        terms=tuple(sorted(terms, key=lambda t: t.start or date.min)),
    )


def _parse_agent(code: Any, raw: Any, path: str) -> AgentEntry:
    where = _Where(path, f"agent {code}")
    code = _code(code, _AGENT_CODE, where, "agent code (uppercase, 3 letters or a compound)")
    raw = _check_keys(raw, where, ("label", "nouns"), ("extend",))
    nouns = _str_list(raw["nouns"], where, "nouns")
    bad = [n for n in nouns if n != n.lower()]
    if bad:
        raise where.error(f"nouns must be lowercase lemmas: {', '.join(bad)}")
    return AgentEntry(code=code, label=_str(raw["label"], where, "label"), nouns=nouns)


# --- merging ----------------------------------------------------------------------------


def _merged(old: Any, new: Any, list_fields: tuple[str, ...]) -> Any:
    """``new`` with the list fields of ``old`` prepended (for ``extend: true`` entries)."""
    changes = {}
    for f in list_fields:
        combined = tuple(dict.fromkeys(getattr(old, f) + getattr(new, f)))
        changes[f] = combined
    return dataclasses.replace(new, **changes)


def _leader_key(person: LeaderEntry) -> str:
    """Leaders are identified by their first name and their country (or organisation)."""
    return f"{person.names[0].casefold()}|{person.country or person.code or ''}"


class _Builder:
    """Accumulates entries from the built-in files, then user files, in order."""

    def __init__(self) -> None:
        self.countries: dict[str, CountryEntry] = {}
        self.organizations: dict[str, OrganizationEntry] = {}
        self.leaders: dict[str, LeaderEntry] = {}
        self.agents: dict[str, AgentEntry] = {}

    def _put(
        self,
        table: dict[str, Any],
        key: str,
        entry: Any,
        extend: Any,
        fields: tuple[str, ...],
        where: _Where,
    ) -> None:
        if extend not in (None, False, True):
            raise where.error(f"extend must be true or false, got {extend!r}")
        if extend and key not in table:
            raise where.error("extend: true but there is no entry with this code to extend")
        table[key] = _merged(table[key], entry, fields) if extend else entry

    def add_countries(self, raw: Any, path: str) -> None:
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: countries must be a mapping of country code -> entry")
        for code, entry in raw.items():
            parsed = _parse_country(code, entry, path)
            extend = entry.get("extend") if isinstance(entry, dict) else None
            self._put(
                self.countries,
                parsed.code,
                parsed,
                extend,
                ("names", "adjectives", "demonyms", "capitals", "regions"),
                _Where(path, f"country {code}"),
            )

    def add_organizations(self, raw: Any, path: str) -> None:
        if not isinstance(raw, list):
            raise ValueError(f"{path}: organizations must be a list of entries")
        for i, entry in enumerate(raw):
            parsed = _parse_organization(entry, path, i)
            self._put(
                self.organizations,
                parsed.code,
                parsed,
                entry.get("extend"),
                ("names", "members"),
                _Where(path, f"organization {parsed.code}"),
            )

    def add_leaders(self, raw: Any, path: str) -> None:
        if not isinstance(raw, list):
            raise ValueError(f"{path}: leaders must be a list of entries")
        for i, entry in enumerate(raw):
            parsed = _parse_leader(entry, path, i)
            self.leaders[_leader_key(parsed)] = parsed

    def add_agents(self, raw: Any, path: str) -> None:
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: agents must be a mapping of agent code -> entry")
        for code, entry in raw.items():
            parsed = _parse_agent(code, entry, path)
            self._put(
                self.agents,
                parsed.code,
                parsed,
                entry.get("extend"),
                ("nouns",),
                _Where(path, f"agent {code}"),
            )

    def adders(self) -> dict[str, Callable[[Any, str], None]]:
        """The section parsers, by top-level section name."""
        return {
            "countries": self.add_countries,
            "organizations": self.add_organizations,
            "leaders": self.add_leaders,
            "agents": self.add_agents,
        }

    def put(self, entry: Any) -> None:
        """Add or replace one parsed entry."""
        if isinstance(entry, CountryEntry):
            self.countries[entry.code] = entry
        elif isinstance(entry, OrganizationEntry):
            self.organizations[entry.code] = entry
        elif isinstance(entry, AgentEntry):
            self.agents[entry.code] = entry
        else:
            self.leaders[_leader_key(entry)] = entry

    def check_references(self) -> None:
        """Leaders and organisation members must name known countries."""
        for org in self.organizations.values():
            home = org.code[:3]
            if org.kind == "nsa" and home != _NSA_INTERNATIONAL and home not in self.countries:
                raise ValueError(f"organization {org.code}: unknown country {home} in its code")
            for m in org.members:
                if m not in self.countries:
                    raise ValueError(f"organization {org.code}: unknown member country {m}")
        for person in self.leaders.values():
            if person.country is not None and person.country not in self.countries:
                raise ValueError(f"leader {person.names[0]}: unknown country {person.country}")

    def build(self) -> ActorData:
        self.check_references()
        return ActorData(
            countries=tuple(self.countries.values()),
            organizations=tuple(self.organizations.values()),
            leaders=tuple(self.leaders.values()),
            agents=tuple(self.agents.values()),
        )


def _read_yaml(path: str, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_YamlLoader)
    except (yaml.YAMLError, ValueError) as exc:  # PyYAML raises ValueError for bad dates
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc


_ENTRY_TYPES = (CountryEntry, OrganizationEntry, LeaderEntry, AgentEntry)

_BUILTIN: tuple[tuple[str, str], ...] = (
    ("countries", "countries.yaml"),
    ("organizations", "organizations.yaml"),
    ("leaders", "leaders.yaml"),
    ("agents", "agents.yaml"),
)


@functools.lru_cache(maxsize=1)
def _builtin() -> ActorData:
    """The bundled files alone (parsed once per process)."""
    builder = _Builder()
    adders = builder.adders()
    data_dir = resources.files(__package__) / "data"
    for section, filename in _BUILTIN:
        path = f"multivector/coding/data/{filename}"
        raw = _read_yaml(path, (data_dir / filename).read_text("utf-8"))
        adders[section](raw, path)
    return builder.build()


@functools.lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> ActorData:
    base = _builtin()
    if not extra_paths:
        return base
    builder = _Builder()
    for entry in (*base.countries, *base.organizations, *base.leaders, *base.agents):
        builder.put(entry)
    adders = builder.adders()
    for p in extra_paths:
        try:
            text = Path(p).read_text("utf-8")
        except OSError as exc:
            raise ValueError(f"{p}: cannot read actor dictionary: {exc.strerror or exc}") from exc
        raw = _read_yaml(p, text)
        if raw is None:
            continue
        if not isinstance(raw, dict):
            raise ValueError(f"{p}: expected top-level sections {', '.join(_SECTIONS)}")
        unknown = sorted(str(k) for k in raw if k not in _SECTIONS)
        if unknown:
            raise ValueError(
                f"{p}: unknown top-level section(s) {', '.join(unknown)};"
                f" allowed: {', '.join(_SECTIONS)}"
            )
        for section in _SECTIONS:
            if raw.get(section) is not None:
                adders[section](raw[section], p)
    try:
        return builder.build()
    except ValueError as exc:
        raise ValueError(f"{exc} (after {', '.join(extra_paths)})") from None


def load_actor_data(extra_paths: Iterable[str | Path] = ()) -> ActorData:
    """The built-in actor dictionaries extended by user YAML files (cached per path list)."""
    return _load(tuple(str(p) for p in extra_paths))
