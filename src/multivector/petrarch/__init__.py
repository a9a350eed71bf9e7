"""PETRARCH-2 / TABARI dictionary compatibility.

``load_petrarch_dictionaries(paths)`` reads PETRARCH-format verb, actor, agent, discard and issue
files and converts them into multivector's :class:`~multivector.coding.dictionary.Dictionaries`,
returning every construct it could not carry over exactly as a
:class:`~multivector.petrarch.records.PetrarchWarning` (file, line, what, and what was done).
"""

from __future__ import annotations

import inspect
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from multivector.petrarch.records import (
    ActorRoot,
    AgentEntry,
    DiscardEntry,
    IssueEntry,
    PetrarchWarning,
    VerbDictionary,
    Where,
)

__all__ = [
    "PetrarchConversion",
    "PetrarchFiles",
    "PetrarchWarning",
    "Where",
    "classify",
    "format_warnings",
    "load_petrarch",
    "load_petrarch_dictionaries",
    "petrarch_coder",
    "read_petrarch_files",
]

KINDS = ("verbs", "actors", "agents", "discards", "issues")


def classify(path: str | Path) -> str:
    """Which kind of PETRARCH dictionary a file is: by its name, else by its content."""
    path = Path(path)
    name = path.name.lower()
    for key, kind in (("verb", "verbs"), ("cameo", "verbs"), ("agent", "agents"),
                      ("actor", "actors"), ("discard", "discards"), ("issue", "issues")):
        if key in name:
            return kind
    text = path.read_text(encoding="utf-8", errors="replace")[:200_000]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if any(ln.upper().startswith("<ISSUE") for ln in lines):
        return "issues"
    if any(ln.startswith("---") and ln.rstrip().endswith("---") for ln in lines):
        return "verbs"
    if any("[~" in ln or "~]" in ln for ln in lines):
        return "agents"
    if any("[" in ln for ln in lines):
        return "actors"
    return "discards"


@dataclass(slots=True)
class PetrarchFiles:
    """Everything read from a set of PETRARCH files, before conversion."""

    verbs: list[VerbDictionary] = field(default_factory=list)
    actors: list[ActorRoot] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    discards: list[DiscardEntry] = field(default_factory=list)
    issues: list[IssueEntry] = field(default_factory=list)
    warnings: list[PetrarchWarning] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # read time per file


def read_petrarch_files(paths: Iterable[str | Path]) -> PetrarchFiles:
    """Parse each file with the reader for its kind (see :func:`classify`)."""
    from multivector.petrarch import parse

    out = PetrarchFiles()
    for p in paths:
        p = Path(p)
        if not p.is_file():
            raise FileNotFoundError(f"{p}: no such dictionary file")
        kind = classify(p)
        t0 = time.perf_counter()
        if kind == "verbs":
            vd, w = parse.read_verb_dictionary(p)
            out.verbs.append(vd)
        elif kind == "actors":
            roots, w = parse.read_actor_dictionary(p)
            out.actors += roots
        elif kind == "agents":
            agents, w = parse.read_agent_dictionary(p)
            out.agents += agents
        elif kind == "discards":
            discards, w = parse.read_discard_list(p)
            out.discards += discards
        else:
            issues, w = parse.read_issue_list(p)
            out.issues += issues
        out.warnings += w
        out.seconds[p.name] = time.perf_counter() - t0
    return out


@dataclass(slots=True)
class PetrarchConversion:
    """Converted dictionaries, the warnings, and the code features finished after coding."""

    dictionaries: object  # multivector.coding.dictionary.Dictionaries
    warnings: list[PetrarchWarning]
    verbs: object  # multivector.petrarch.convert.VerbConversion: post-coding data
    files: PetrarchFiles


def load_petrarch(paths: Sequence[str | Path], replace: bool = True,
                  standalone_actors: bool | None = None) -> PetrarchConversion:
    """Read PETRARCH files and convert them (see :func:`load_petrarch_dictionaries`).

    ``standalone_actors`` (default: ``replace``): built-in actor entries give up their names
    and role nouns, so that the files' actors stand alone too.
    """
    from multivector.actors import load_actor_data
    from multivector.coding.dictionary import Dictionaries, EventDictionary, load_dictionaries
    from multivector.petrarch.actors import convert_actors
    from multivector.petrarch.convert import VerbConversion, convert_verbs

    files = read_petrarch_files(paths)
    warnings = list(files.warnings)
    verbs = VerbConversion(EventDictionary())
    for vd in files.verbs:
        conversion, warnings = convert_verbs(vd, warnings)
        verbs.update(conversion)
    events = verbs.events
    for d in files.discards:
        if d.story:
            warnings.append(PetrarchWarning(d.where, "story-level discard",
                                            f"{d.phrase!r} discards only the sentence it is in"))
    if files.issues:
        cats = sorted({i.category for i in files.issues})
        warnings.append(PetrarchWarning(
            files.issues[0].where, "issue coding",
            f"{len(files.issues)} issue phrases in {len(cats)} categories read; multivector "
            "codes no issues, so they are not used"))
    # entries replace built-in ones of the same code, so names are pooled with the built-in data
    standalone = replace if standalone_actors is None else standalone_actors
    actor_set, actor_warnings = convert_actors(files.actors, files.agents, base=load_actor_data(),
                                               standalone=standalone)
    warnings += actor_warnings
    converted = Dictionaries(
        events=events,
        discards=frozenset(d.phrase.lower() for d in files.discards),
        extra_actors=[actor_set] if len(actor_set) else [],
    )
    if not replace:
        converted = load_dictionaries().merge(converted)
    return PetrarchConversion(converted, warnings, verbs, files)


def load_petrarch_dictionaries(paths: Sequence[str | Path], replace: bool = True,
                               standalone_actors: bool = False):
    """Read PETRARCH files and convert them: ``(Dictionaries, warnings)``.

    With ``replace`` (the default) the event patterns are only what the files define; otherwise
    they are layered over multivector's bundled dictionaries. Actors always come on top of the
    built-in actor data (the files' names win); ``standalone_actors`` withdraws the built-in
    names and role nouns as well. Paired (``[A:B]``), reverse-only and null
    codes need :func:`petrarch_coder`, which applies them after coding.
    """
    from multivector.coding.dictionary import EventDictionary
    from multivector.ontology import load_ontology
    from multivector.petrarch.convert import NULL_CODE

    conversion = load_petrarch(paths, replace, standalone_actors)
    dicts, warnings = conversion.dictionaries, list(conversion.warnings)
    # A plain Coder cannot finish null codes or emit codes CAMEO does not list: leave those
    # patterns out here (petrarch_coder keeps them) and say so.
    ontology = load_ontology()
    kept = EventDictionary(classes=dict(dicts.events.classes))
    dropped: dict[str, str] = {}
    for p in dicts.events:
        ok = p.code != NULL_CODE
        if ok:
            try:
                ontology.cameo(p.code)
            except KeyError:
                ok = False
        if ok:
            kept.add(p)
        else:
            dropped.setdefault(p.rule, p.code)
    for rule, code in dropped.items():
        where, _, text = rule.partition(" ")
        file, _, line = where.rpartition(":")
        warnings.append(PetrarchWarning(
            Where(file, int(line) if line.isdigit() else 0), "needs petrarch_coder",
            f"{text!r}: code {code!r} needs multivector.petrarch.petrarch_coder; left out"))
    kept.finalize()
    dicts.events = kept
    return dicts, warnings


def petrarch_coder(paths: Sequence[str | Path], replace: bool = True, nlp=None,
                   conversion: PetrarchConversion | None = None, modality: str = "multivector",
                   model: bool = False):
    """A coder on PETRARCH dictionaries, with their paired/reverse/null codes applied.

    ``modality``: ``"multivector"`` (negated, wanted or hypothetical acts are not coded; future
    acts become intentions) or ``"petrarch"`` (every verb coded as an act, as PETRARCH does).
    ``model``: also consult multivector's event classifier (off by default: PETRARCH
    dictionaries are coded as PETRARCH would code them).
    """
    from multivector.coding.coder import Coder
    from multivector.petrarch.coder import PetrarchCoder, add_lemma_heads

    conversion = conversion or load_petrarch(paths, replace)
    actors = [a for s in conversion.dictionaries.extra_actors for a in getattr(s, "actors", ())]
    prefix = {a.code for a in conversion.files.agents if a.prefix}
    kwargs = {}
    if modality == "petrarch" and "modality" in inspect.signature(Coder).parameters:
        from multivector.coding.dictionary import bundled_path
        from multivector.coding.modality import Modality
        from multivector.petrarch.coder import petrarch_modality

        kwargs["modality"] = petrarch_modality(Modality.load(bundled_path("modality.yaml")))
    # PETRARCH's post-coding steps read actors by position: keep antecedents' spans
    coder = Coder(dictionaries=conversion.dictionaries, nlp=nlp, coref_at_mention=False,
                  model=model, **kwargs)
    add_lemma_heads(coder.dictionaries.events, coder.nlp)
    return PetrarchCoder(coder, conversion.verbs, modality=modality, actors=actors,
                         prefix_agents=prefix)


def format_warnings(warnings: Sequence[PetrarchWarning], limit: int = 10) -> str:
    """A summary for the terminal: counts per construct, then the first ``limit`` of each."""
    if not warnings:
        return "PETRARCH dictionaries: no conversion warnings"
    counts = Counter(w.construct for w in warnings)
    lines = [f"PETRARCH dictionaries: {len(warnings)} constructs not carried over exactly:"]
    for construct, n in counts.most_common():
        lines.append(f"  {n:6d}  {construct}")
        shown = [w for w in warnings if w.construct == construct][:limit]
        lines += [f"            {w.where}: {w.message}" for w in shown]
        if n > limit:
            lines.append(f"            ... and {n - limit} more (all of them: --warnings FILE)")
    return "\n".join(lines)


def write_warnings(warnings: Sequence[PetrarchWarning], path: str | Path) -> None:
    """Every warning, one a line (``file:line: construct: message``)."""
    Path(path).write_text("".join(f"{w}\n" for w in warnings), encoding="utf-8")

