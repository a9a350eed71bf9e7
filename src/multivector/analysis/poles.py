"""Poles (sets of actors, memberships with optional date ranges) read from YAML."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from multivector.store.dates import lower_bound, upper_bound

OTHER_COLOR = "#8c8c8c"


@dataclass(frozen=True, slots=True)
class Membership:
    code: str
    since: str | None = None  # first day, YYYY-MM-DD
    until: str | None = None  # last day, YYYY-MM-DD

    def active(self, day: str | None) -> bool:
        if day is None:
            return True
        if self.since and day < self.since:
            return False
        return not (self.until and day > self.until)


@dataclass(frozen=True, slots=True)
class Pole:
    name: str
    color: str
    members: tuple[Membership, ...]
    description: str = ""
    codes: frozenset[str] = field(default=frozenset())

    def contains(self, code: str, day: str | None = None) -> bool:
        if code not in self.codes:
            return False
        return any(m.code == code and m.active(day) for m in self.members)


class PoleError(ValueError):
    """A poles file that cannot be used, with the file and the place."""


def _parse_date(value: object, where: str, bound) -> str | None:
    if value is None:
        return None
    try:
        return bound(str(value))
    except ValueError as exc:
        raise PoleError(f"{where}: {exc}") from exc


def load_poles(path: str | Path | None = None) -> list[Pole]:
    """The poles in ``path``, or the bundled defaults (West, Russia, China; read once per
    process)."""
    if path is None:
        return list(_bundled_poles())
    return _read_poles(path)


@functools.cache
def _bundled_poles() -> tuple[Pole, ...]:
    return tuple(_read_poles(None))


def _read_poles(path: str | Path | None) -> list[Pole]:
    if path is None:
        text = resources.files("multivector.analysis").joinpath("data/poles.yaml").read_text("utf-8")
        name = "poles.yaml (bundled)"
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise PoleError(f"{path}: cannot read: {exc}") from exc
        name = str(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PoleError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("poles"), dict) or not data["poles"]:
        raise PoleError(f"{name}: expected a mapping 'poles:' of pole name -> {{members: [...]}}")
    poles = []
    for pole_name, spec in data["poles"].items():
        where = f"{name}: pole {pole_name!r}"
        if not isinstance(spec, dict) or not isinstance(spec.get("members"), list):
            raise PoleError(f"{where}: needs a 'members' list")
        members = []
        for i, m in enumerate(spec["members"]):
            if isinstance(m, str):
                members.append(Membership(m.strip().upper()))
            elif isinstance(m, dict) and isinstance(m.get("code"), str):
                members.append(
                    Membership(
                        m["code"].strip().upper(),
                        _parse_date(m.get("since"), f"{where} member {i + 1}", lower_bound),
                        _parse_date(m.get("until"), f"{where} member {i + 1}", upper_bound),
                    )
                )
            else:
                raise PoleError(f"{where} member {i + 1}: a code or {{code, since, until}}")
        poles.append(
            Pole(
                name=str(pole_name),
                color=str(spec.get("color") or OTHER_COLOR),
                members=tuple(members),
                description=str(spec.get("description") or ""),
                codes=frozenset(m.code for m in members),
            )
        )
    return poles


def pole_of(poles: list[Pole], code: str, day: str | None = None) -> Pole | None:
    """The first pole ``code`` belongs to on ``day``."""
    for pole in poles:
        if pole.contains(code, day):
            return pole
    return None
