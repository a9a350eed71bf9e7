"""The CAMEO event ontology: codes, names, Goldstein values, quad classes and PLOVER types.

The data lives in TSV files beside this module (``data/cameo_codes.tsv``, the project's
extensions to CAMEO in ``data/cameo_extensions.tsv``, ``data/cameo_to_plover.tsv``,
``data/plover_aliases.tsv``); see docs/dictionaries.md. The
coding policy (which acts need a target, how intentions and threats re-code an act) is
``data/policy.yaml``, read through :attr:`Ontology.policy`.

>>> onto = load_ontology()
>>> onto.cameo("042").name
'Make a visit'
>>> onto.plover("042")
('CONSULT', 'visit')

Lookups of a code the tables do not list fall back to the code's parent: a 4-digit code to its
3-digit parent, then to its 2-digit root ("0219" -> "021" -> "02"). A code with no known
ancestor raises :class:`KeyError`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from multivector.ontology.policy import CodingPolicy, load_policy

__all__ = [
    "PLOVER_TYPES",
    "CameoCode",
    "CodingPolicy",
    "Ontology",
    "PloverMapping",
    "load_ontology",
    "normalise_plover",
    "quad_class_for_root",
]

#: The current PLOVER event types (2021 manual), in the order of the manual.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

_CODES_HEADER = ("code", "name", "goldstein", "quad_class")
_PLOVER_HEADER = ("cameo", "plover_type", "plover_mode", "plover_context")
_ALIAS_HEADER = ("old_name", "plover_type")
_TAB = "\t"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its short name, Goldstein value and quad class."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str


@dataclass(frozen=True, slots=True)
class PloverMapping:
    """The PLOVER reading of one CAMEO code; ``type`` is None where PLOVER has no type."""

    cameo: str
    type: str | None
    mode: str | None
    context: str | None


def quad_class_for_root(root: str) -> int:
    """Quad class of a CAMEO root: 1 verbal coop (01-05), 2 material coop (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"CAMEO root must be 01..20, got {root!r}")
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def _valid_code(code: str) -> bool:
    return code.isdigit() and code.isascii() and 2 <= len(code) <= 4


def broader(general: str, specific: str) -> bool:
    """Whether CAMEO code ``general`` covers ``specific``: a code covers the codes that extend
    it (033 covers 0333, 19 covers 190), and a level's unspecified code covers its siblings
    (160 "reduce relations" covers 161-166; 020 covers 021-028)."""
    if general == specific:
        return False
    if specific.startswith(general):
        return True
    return len(general) == 3 and general.endswith("0") and specific[:2] == general[:2]


def _candidates(code: str) -> Iterator[str]:
    """The code itself, then its 3-digit parent, then its root."""
    yield code
    if len(code) == 4:
        yield code[:3]
    if len(code) >= 3:
        yield code[:2]


class Ontology:
    """Read-only lookups over CAMEO codes and their PLOVER mapping."""

    def __init__(
        self,
        codes: Mapping[str, CameoCode],
        plover: Mapping[str, PloverMapping],
        aliases: Mapping[str, str],
        extensions: Iterable[str] = (),
    ) -> None:
        self._codes = MappingProxyType(dict(codes))
        self._plover = MappingProxyType(dict(plover))
        self._aliases = MappingProxyType(dict(aliases))
        self._extensions = frozenset(extensions)
        # (table, code) -> the listed code it resolves to, found once (the tables never change)
        self._resolved: dict[tuple[str, str], str] = {}

    def _resolve(self, code: str, table: Mapping[str, object], what: str) -> str:
        found = self._resolved.get((what, code))
        if found is not None:
            return found
        key = (what, code)
        code = str(code).strip()
        if _valid_code(code):
            for candidate in _candidates(code):
                if candidate in table:
                    self._resolved[key] = candidate
                    return candidate
        raise KeyError(
            f"unknown CAMEO event code {code!r}: not in the {what} table and no parent code is"
            " (codes are 2-4 digits, roots 01-20)"
        )

    @property
    def policy(self) -> CodingPolicy:
        """The CAMEO coding policy the coder applies (``data/policy.yaml``)."""
        return load_policy()

    def cameo(self, code: str) -> CameoCode:
        """The entry for ``code``, or for its nearest listed parent (see module docstring)."""
        return self._codes[self._resolve(code, self._codes, "CAMEO")]

    def plover_mapping(self, code: str) -> PloverMapping:
        """The full PLOVER mapping (type, mode, context) of ``code`` or its nearest parent."""
        return self._plover[self._resolve(code, self._plover, "CAMEO-to-PLOVER")]

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """``(plover_type, plover_mode)`` for ``code``; ``(None, None)`` where PLOVER has none."""
        m = self.plover_mapping(code)
        return m.type, m.mode

    def quad_class(self, code: str) -> int:
        """Quad class (1-4) of ``code``."""
        return self.cameo(code).quad_class

    def goldstein(self, code: str) -> float:
        """Goldstein value of ``code`` (of its nearest parent if not listed)."""
        return self.cameo(code).goldstein

    @property
    def extensions(self) -> frozenset[str]:
        """The codes the project adds to CAMEO 1.1b3 (``data/cameo_extensions.tsv``: 176)."""
        return self._extensions

    def codes(self) -> list[str]:
        """Every listed CAMEO code, sorted."""
        return sorted(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def normalise_plover(self, name: str) -> str:
        """The current PLOVER type name for ``name`` (an old or current name, any case)."""
        key = name.strip().upper()
        if key in PLOVER_TYPES:
            return key
        if key in self._aliases:
            return self._aliases[key]
        raise ValueError(
            f"unknown PLOVER event type {name!r}; current types are {', '.join(PLOVER_TYPES)}"
        )


def _rows(path: Path | str, text: str, header: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV with the given header; ``#`` lines and blank lines are skipped."""
    lines = [
        (i, line)
        for i, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    if not lines:
        return
    first_no, first = lines[0]
    got = tuple(c.strip() for c in first.split("\t"))
    if got != header:
        raise ValueError(
            f"{path}:{first_no}: expected the header {_TAB.join(header)!r}, got {first!r}"
        )
    for line_no, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(
                f"{path}:{line_no}: expected {len(header)} tab-separated columns"
                f" ({', '.join(header)}), got {len(cells)}"
            )
        yield line_no, [c.strip() for c in cells]


def _header_of(text: str) -> tuple[str, ...]:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return tuple(c.strip() for c in line.split("\t"))
    return ()


def _parse_codes(path: Path | str, text: str, into: dict[str, CameoCode]) -> None:
    for line_no, (code, name, goldstein, quad) in _rows(path, text, _CODES_HEADER):
        where = f"{path}:{line_no}"
        if not _valid_code(code):
            raise ValueError(f"{where}: bad CAMEO code {code!r} (2-4 digits)")
        try:
            g = float(goldstein)
            q = int(quad)
        except ValueError:
            raise ValueError(
                f"{where}: code {code}: goldstein must be a number and quad_class an integer"
            ) from None
        if not -10.0 <= g <= 10.0:
            raise ValueError(f"{where}: code {code}: Goldstein value {g} outside [-10, 10]")
        if q != quad_class_for_root(code[:2]):
            raise ValueError(
                f"{where}: code {code}: quad_class {q} does not match its root {code[:2]}"
            )
        if not name:
            raise ValueError(f"{where}: code {code}: empty name")
        into[code] = CameoCode(code=code, name=name, goldstein=g, quad_class=q, root=code[:2])


def _parse_plover(path: Path | str, text: str, into: dict[str, PloverMapping]) -> None:
    for line_no, (code, typ, mode, context) in _rows(path, text, _PLOVER_HEADER):
        where = f"{path}:{line_no}"
        if not _valid_code(code):
            raise ValueError(f"{where}: bad CAMEO code {code!r} (2-4 digits)")
        if typ and typ not in PLOVER_TYPES:
            raise ValueError(f"{where}: code {code}: {typ!r} is not a current PLOVER type")
        into[code] = PloverMapping(code, typ or None, mode or None, context or None)


def _parse_aliases(path: Path | str, text: str, into: dict[str, str]) -> None:
    for line_no, (old, new) in _rows(path, text, _ALIAS_HEADER):
        if new not in PLOVER_TYPES:
            raise ValueError(
                f"{path}:{line_no}: alias {old!r} points at {new!r}, not a current PLOVER type"
            )
        into[old.upper()] = new


def _parse_any(path: Path | str, text: str, codes: dict, plover: dict, aliases: dict) -> None:
    header = _header_of(text)
    if header == _CODES_HEADER:
        _parse_codes(path, text, codes)
    elif header == _PLOVER_HEADER:
        _parse_plover(path, text, plover)
    elif header == _ALIAS_HEADER:
        _parse_aliases(path, text, aliases)
    else:
        raise ValueError(
            f"{path}: unrecognised ontology file; the header must be one of"
            f" {' | '.join(_TAB.join(h) for h in (_CODES_HEADER, _PLOVER_HEADER, _ALIAS_HEADER))}"
        )


@functools.lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> Ontology:
    codes: dict[str, CameoCode] = {}
    plover: dict[str, PloverMapping] = {}
    aliases: dict[str, str] = {}
    data = resources.files(__package__) / "data"
    _parse_codes("cameo_codes.tsv", (data / "cameo_codes.tsv").read_text("utf-8"), codes)
    extensions: dict[str, CameoCode] = {}
    text = (data / "cameo_extensions.tsv").read_text("utf-8")
    _parse_codes("cameo_extensions.tsv", text, extensions)
    codes.update(extensions)
    _parse_plover("cameo_to_plover.tsv", (data / "cameo_to_plover.tsv").read_text("utf-8"), plover)
    _parse_aliases("plover_aliases.tsv", (data / "plover_aliases.tsv").read_text("utf-8"), aliases)
    for p in extra_paths:
        try:
            text = Path(p).read_text("utf-8")
        except OSError as exc:
            raise ValueError(f"{p}: cannot read ontology file: {exc.strerror or exc}") from exc
        _parse_any(p, text, codes, plover, aliases)
    return Ontology(codes, plover, aliases, extensions)


def load_ontology(extra_paths: Iterable[str | Path] = ()) -> Ontology:
    """The built-in ontology, extended/overridden by user TSV files (cached per path list).

    Each extra file is recognised by its header line: ``code name goldstein quad_class``,
    ``cameo plover_type plover_mode plover_context`` or ``old_name plover_type``.
    Rows override built-in rows with the same code.
    """
    return _load(tuple(str(p) for p in extra_paths))


def normalise_plover(name: str) -> str:
    """The current PLOVER type for an old or current type name (``DEMAND`` -> ``REQUEST``)."""
    return load_ontology().normalise_plover(name)
