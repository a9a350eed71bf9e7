"""Readers for the three gold formats ``multivector eval`` understands.

* sentence-locator JSON Lines (``*.gold.jsonl``): one expected event per line, located by a
  substring of its sentence;
* PLOVER gold-standard records (a JSON array of records with ``text``, ``source``, ``target``,
  ``event``);
* PETRARCH validation XML (``<Validation>`` with ``<Environment>`` and ``<Sentence>`` records).

Every reader raises :class:`GoldFormatError` naming the file (and line or record) on bad input.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from multivector.model import PartialDate

SEED = "seed"
PLOVER = "plover"
PETRARCH = "petrarch"
FORMATS = (SEED, PLOVER, PETRARCH)

# PLOVER renamed four event types after the gold-standard records were made.
OLD_PLOVER_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}


class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file and place."""


# --------------------------------------------------------------------------- seed format


@dataclass(frozen=True, slots=True)
class SeedGold:
    """One expected event of the sentence-locator format.

    ``source``/``target`` are a code, ``"*"`` or a list of alternatives; ``cameo`` the accepted
    code prefixes; ``date`` None (anything), a prefix or a list of prefixes.
    """

    id: str
    sentence: str
    source: str | list[str]
    target: str | list[str]
    cameo: tuple[str, ...]
    date: str | list[str] | None = None
    required: bool = True
    symmetric: bool = False
    object: str | None = None

    @property
    def category(self) -> str:
        """The CAMEO root (two digits) of the first accepted code."""
        return self.cameo[0][:2] if self.cameo else "??"


def read_seed_gold(path: str | Path) -> list[SeedGold]:
    """Read a sentence-locator gold file."""
    path = Path(path)
    items: list[SeedGold] = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{where}: not JSON ({e.msg})") from None
            missing = [k for k in ("sentence", "source", "target", "cameo") if k not in d]
            if missing:
                raise GoldFormatError(f"{where}: missing {', '.join(missing)}")
            cameo = d["cameo"]
            if isinstance(cameo, str):
                cameo = [cameo]
            items.append(
                SeedGold(
                    id=str(d.get("id", f"line{lineno}")),
                    sentence=d["sentence"],
                    source=d["source"],
                    target=d["target"],
                    cameo=tuple(str(c) for c in cameo),
                    date=d.get("date"),
                    required=bool(d.get("required", True)),
                    symmetric=bool(d.get("symmetric", False)),
                    object=d.get("object"),
                )
            )
    return items


def seed_text_path(gold_path: str | Path) -> Path:
    """The text beside a seed gold file: ``x.gold.jsonl`` -> ``x.txt``."""
    gold_path = Path(gold_path)
    stem = gold_path.name
    for suffix in (".jsonl", ".json"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    if stem.endswith(".gold"):
        stem = stem[: -len(".gold")]
    return gold_path.with_name(stem + ".txt")


# --------------------------------------------------------------------------- PLOVER GSR


@dataclass(frozen=True, slots=True)
class PloverActor:
    text: str
    code: str
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class PloverRecord:
    """One PLOVER gold-standard record; ``event`` is the current PLOVER type name."""

    id: str
    text: str
    event: str
    original_event: str
    sources: tuple[PloverActor, ...]
    targets: tuple[PloverActor, ...]
    date: str | None = None
    mode: str | None = None
    context: str | None = None


def _plover_actors(value: Any, where: str) -> tuple[PloverActor, ...]:
    if value is None or isinstance(value, str):
        # the published records sometimes hold "" (or a stray context word) for "no target"
        return ()
    if not isinstance(value, list):
        raise GoldFormatError(f"{where}: actors must be a list")
    out = []
    for a in value:
        if not isinstance(a, dict) or "code" not in a:
            raise GoldFormatError(f"{where}: actor without a code: {a!r}")
        out.append(PloverActor(text=a.get("actorText", ""), code=a["code"], sector=a.get("sector")))
    return tuple(out)


def read_plover_gsr(path: str | Path) -> list[PloverRecord]:
    """Read PLOVER gold-standard records, mapping old type names to current PLOVER.

    Documentation records (event ``DOCUMENT``) and records without text are skipped.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise GoldFormatError(f"{path}:{e.lineno}: not a JSON array of records ({e.msg})") from None
    if not isinstance(data, list):
        raise GoldFormatError(f"{path}: expected a JSON array of PLOVER records")
    records = []
    for i, r in enumerate(data):
        rid = str(r.get("id", f"record{i}")) if isinstance(r, dict) else f"record{i}"
        where = f"{path}: record {rid}"
        if not isinstance(r, dict) or "event" not in r:
            raise GoldFormatError(f"{where}: no event type")
        if r["event"] == "DOCUMENT" or not r.get("text"):
            continue
        old = str(r["event"]).upper()
        records.append(
            PloverRecord(
                id=rid,
                text=r["text"],
                event=OLD_PLOVER_TYPES.get(old, old),
                original_event=old,
                sources=_plover_actors(r.get("source"), where),
                targets=_plover_actors(r.get("target"), where),
                date=r.get("date") or None,
                mode=r.get("mode") or None,
                context=r.get("context") or None,
            )
        )
    return records


# --------------------------------------------------------------------------- PETRARCH XML


@dataclass(frozen=True, slots=True)
class Triple:
    """An expected or coded event: source, target and event code (``---`` for none)."""

    source: str
    target: str
    code: str

    def __str__(self) -> str:
        return f"{self.source} {self.target} {self.code}"


@dataclass(slots=True)
class PetrarchRecord:
    """One ``<Sentence>`` of a PETRARCH validation file."""

    id: str
    category: str
    date: str | None
    text: str
    expected: frozenset[Triple]
    active: bool  # sentence="true": counted in the suite
    parse: str = ""
    error: str | None = None  # PETRARCH's expected error ("storydiscard", ...), if any
    options: dict[str, str] = field(default_factory=dict)  # <Config> options in force
    line: int = 0


@dataclass(slots=True)
class PetrarchSuite:
    """A PETRARCH validation file: the dictionaries it names and its records."""

    path: Path
    verbfile: str | None
    actorfiles: list[str]
    agentfile: str | None
    discardfile: str | None
    issuefile: str | None
    records: list[PetrarchRecord]

    def dictionary_dir(self) -> Path | None:
        """The folder holding the named dictionaries: beside the file or its dictionaries/."""
        names = [n for n in (self.verbfile, *self.actorfiles, self.agentfile) if n]
        for folder in (self.path.parent, self.path.parent / "dictionaries"):
            if names and all((folder / n).exists() for n in names):
                return folder
        return None

    def dictionary_paths(self) -> list[Path]:
        """Paths of every dictionary the ``<Environment>`` names (raises if not found)."""
        folder = self.dictionary_dir()
        if folder is None:
            raise GoldFormatError(
                f"{self.path}: dictionaries named in <Environment> not found beside the file "
                "or in its dictionaries/ folder"
            )
        names = [self.verbfile, *self.actorfiles, self.agentfile, self.discardfile, self.issuefile]
        return [folder / n for n in names if n and (folder / n).exists()]


_WS = re.compile(r"\s+")
_DATE8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def _iso_date(raw: str | None) -> str | None:
    if not raw:
        return None
    m = _DATE8.match(raw.strip())
    day = PartialDate.parse(f"{m[1]}-{m[2]}-{m[3]}") if m else None
    return day.iso if day else None


def _code(raw: str | None) -> str:
    raw = (raw or "").strip()
    return raw or "---"


def _source_lines(path: Path) -> dict[str, int]:
    """Line number of each record id (for messages), found by a cheap scan."""
    lines: dict[str, int] = {}
    pat = re.compile(r'<Sentence\b[^>]*\bid\s*=\s*"([^"]+)"')
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            m = pat.search(line)
            if m:
                lines.setdefault(m[1], lineno)
    return lines


def read_petrarch_records(path: str | Path) -> PetrarchSuite:
    """Read a PETRARCH validation XML file (``<Validation>`` root)."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        raise GoldFormatError(f"{path}:{e.position[0]}: not well-formed XML ({e})") from None
    if root.tag != "Validation":
        raise GoldFormatError(f"{path}: root element is <{root.tag}>, expected <Validation>")
    env = root.find("Environment")

    def env_text(tag: str) -> str | None:
        el = env.find(tag) if env is not None else None
        return el.text.strip() if el is not None and el.text and el.text.strip() else None

    actorfiles = [
        a.strip()
        for el in (env.findall("Actorfile") if env is not None else [])
        for a in (el.text or "").split(",")
        if a.strip()
    ]
    linenos = _source_lines(path)
    options: dict[str, str] = {}
    if env is not None:
        for c in env.findall("Config"):
            options[c.get("option", "")] = c.get("value", "")
    records: list[PetrarchRecord] = []
    container = root.find("Sentences")
    if container is None:
        container = root
    # Walk in document order: a <Config> changes the options of every record after it.
    for el in container:
        if el.tag == "Config":
            options[el.get("option", "")] = el.get("value", "")
            continue
        if el.tag == "Stop":
            break
        if el.tag != "Sentence":
            continue
        rid = el.get("id", f"record{len(records)}")
        text_el = el.find("Text")
        if text_el is None or not (text_el.text or "").strip():
            raise GoldFormatError(f"{path}:{linenos.get(rid, 0)}: record {rid} has no <Text>")
        expected: set[Triple] = set()
        error = None
        for ec in el.findall("EventCoding"):
            if ec.get("error"):
                error = ec.get("error")
                continue
            if (ec.get("noevents") or "").strip().lower() == "true":
                continue
            expected.add(
                Triple(_code(ec.get("sourcecode")), _code(ec.get("targetcode")), _code(ec.get("eventcode")))
            )
        parse_el = el.find("Parse")
        records.append(
            PetrarchRecord(
                id=rid,
                category=(el.get("category") or "").strip().upper(),
                date=_iso_date(el.get("date")),
                text=_WS.sub(" ", text_el.text).strip(),
                expected=frozenset(expected),
                active=(el.get("sentence") or "true").strip().lower() == "true",
                parse=(parse_el.text or "").strip() if parse_el is not None else "",
                error=error,
                options=dict(options),
                line=linenos.get(rid, 0),
            )
        )
    return PetrarchSuite(
        path=path,
        verbfile=env_text("Verbfile"),
        actorfiles=actorfiles,
        agentfile=env_text("Agentfile"),
        discardfile=env_text("Discardfile"),
        issuefile=env_text("Issuefile"),
        records=records,
    )


# --------------------------------------------------------------------------- detection


def detect_format(path: str | Path) -> str:
    """Guess a gold file's format from its first non-blank characters."""
    path = Path(path)
    with path.open(encoding="utf-8") as f:
        head = f.read(4096).lstrip()
    if head.startswith("<"):
        return PETRARCH
    if head.startswith("["):
        return PLOVER
    if head.startswith("{"):
        return SEED
    raise GoldFormatError(
        f"{path}: unknown gold format (expected JSON Lines, a JSON array of PLOVER records, "
        "or PETRARCH validation XML)"
    )
