"""Reading and validating actor dictionary YAML: entries checked field by field, merged by code.

Errors name the file, the entry and the field. :class:`Builder` collects entries (user entries
replace built-in ones with the same code, or extend them with ``extend: true``) and checks that
every reference (a leader's country, an organisation's members) is known.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import yaml

from multivector.actors.entries import (
    ENTRY_TYPES,
    ActorData,
    AgentEntry,
    Capital,
    CountryEntry,
    LeaderEntry,
    OrganizationEntry,
    Term,
)

# The C loader is several times faster where PyYAML was built with libyaml.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
_ORG_CODE = re.compile(r"^(IGO|NGO|MNC)[A-Z]*$")
_ROLE_CODE = re.compile(r"^[A-Z]{3}$")
_AGENT_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_ORG_KINDS = ("igo", "ngo", "mnc", "nsa", "state")
# State bodies news names without their country (the Knesset, the Pentagon, Xinhua) are coded
# like non-state groups: country + agent code (+ tag): ISRLEG, USAMIL, CHNMED.
_COUNTRY_CODED_KINDS = ("nsa", "state")
# Non-state armed and political groups: a country (or IMG, an international militarised
# group) + an agent code + a tag, as CAMEO codes them: PSEREBHMS (Hamas).
_NSA_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){1,3}$")
_NSA_INTERNATIONAL = "IMG"
SECTIONS = ("countries", "organizations", "leaders", "agents")


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
        ("names", "adjectives", "demonyms", "capitals", "regions", "ambiguous", "sovereign", "extend"),
    )
    sovereign = raw.get("sovereign")
    if sovereign is not None:
        sovereign = _code(sovereign, _COUNTRY_CODE, where, "sovereign (a country code)")
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
        sovereign=sovereign,
    )


def _parse_organization(raw: Any, path: str, index: int) -> OrganizationEntry:
    label = raw.get("code", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
    where = _Where(path, f"organization {label}")
    raw = _check_keys(raw, where, ("code", "names", "kind"), ("members", "extend"))
    kind = raw["kind"]
    if kind not in _ORG_KINDS:
        raise where.error(f"kind must be one of {', '.join(_ORG_KINDS)}, got {kind!r}")
    if kind in _COUNTRY_CODED_KINDS:
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


class Builder:
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
            if (
                org.kind in _COUNTRY_CODED_KINDS
                and home != _NSA_INTERNATIONAL
                and home not in self.countries
            ):
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


def extend_actor_data(data: ActorData, extra: Iterable[object]) -> ActorData:
    """A copy of ``data`` with more entries: our entry types, or objects with ``as_actor_entries()``.

    Entries replace existing ones with the same code (leaders: same first name and
    country); references are checked as on load.
    """
    builder = Builder()
    for entry in (*data.countries, *data.organizations, *data.leaders, *data.agents):
        builder.put(entry)
    for obj in extra:
        if isinstance(obj, ENTRY_TYPES):
            builder.put(obj)
            continue
        convert = getattr(obj, "as_actor_entries", None)
        if convert is None:
            raise TypeError(
                f"cannot add {type(obj).__name__} to the actor data: expected a Country/"
                "Organization/Leader/AgentEntry or an object with as_actor_entries()"
            )
        for entry in convert():
            if not isinstance(entry, ENTRY_TYPES):
                raise TypeError(f"{type(obj).__name__}.as_actor_entries() gave {entry!r}")
            builder.put(entry)
    return builder.build()


def read_yaml(path: str, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_YamlLoader)
    except (yaml.YAMLError, ValueError) as exc:  # PyYAML raises ValueError for bad dates
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
