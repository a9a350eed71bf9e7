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

import fnmatch
import functools
from collections.abc import Iterable
from datetime import date  # noqa: F401  (the doctest above uses it)
from importlib import resources
from pathlib import Path

from multivector.actors.entries import ActorData
from multivector.actors.parse import SECTIONS, Builder, read_yaml

__all__ = ["load_actor_data"]

_BUILTIN: tuple[tuple[str, str], ...] = (
    ("countries", "countries.yaml"),
    ("organizations", "organizations.yaml"),
    ("leaders", "leaders*.yaml"),  # leaders.yaml and the files of earlier eras beside it
    ("agents", "agents.yaml"),
)


@functools.lru_cache(maxsize=1)
def _builtin() -> ActorData:
    """The bundled files alone (parsed once per process)."""
    builder = Builder()
    adders = builder.adders()
    data_dir = resources.files(__package__) / "data"
    for section, pattern in _BUILTIN:
        names = sorted(f.name for f in data_dir.iterdir() if fnmatch.fnmatch(f.name, pattern))
        for filename in names:
            path = f"multivector/actors/data/{filename}"
            raw = read_yaml(path, (data_dir / filename).read_text("utf-8"))
            adders[section](raw, path)
    return builder.build()


@functools.lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> ActorData:
    base = _builtin()
    if not extra_paths:
        return base
    builder = Builder()
    for entry in (*base.countries, *base.organizations, *base.leaders, *base.agents):
        builder.put(entry)
    adders = builder.adders()
    for p in extra_paths:
        try:
            text = Path(p).read_text("utf-8")
        except OSError as exc:
            raise ValueError(f"{p}: cannot read actor dictionary: {exc.strerror or exc}") from exc
        raw = read_yaml(p, text)
        if raw is None:
            continue
        if not isinstance(raw, dict):
            raise ValueError(f"{p}: expected top-level sections {', '.join(SECTIONS)}")
        unknown = sorted(str(k) for k in raw if k not in SECTIONS)
        if unknown:
            raise ValueError(
                f"{p}: unknown top-level section(s) {', '.join(unknown)};"
                f" allowed: {', '.join(SECTIONS)}"
            )
        for section in SECTIONS:
            if raw.get(section) is not None:
                adders[section](raw[section], p)
    try:
        return builder.build()
    except ValueError as exc:
        raise ValueError(f"{exc} (after {', '.join(extra_paths)})") from None


def load_actor_data(extra_paths: Iterable[str | Path] = ()) -> ActorData:
    """The built-in actor dictionaries extended by user YAML files (cached per path list)."""
    return _load(tuple(str(p) for p in extra_paths))
