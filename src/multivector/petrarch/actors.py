"""PETRARCH actor and agent entries, turned into multivector's actor-data entries.

* an actor root with only unrestricted codes: a three-letter code becomes a *country* entry
  (all roots sharing the code pooled into one), any other code an *organization* entry with
  that code (``USAGOV``, ``IGOUNO``, ``---`` for PETRARCH's "known but not coded");
* a root with date-restricted codes becomes a *leader* entry: the country is the codes' common
  three-letter prefix, each restriction a term whose role is the rest of the code, and the
  unrestricted code (if any) a final open-ended term, so the first restriction that holds wins
  and the unrestricted code applies otherwise, as in PETRARCH;
* agents (``PHRASE [~GOV]``) are pooled by code into agent entries.

Names are written in title case (``MINAS_TIRITH`` -> ``Minas Tirith``; dotted abbreviations
stay as written) because the actor lexicon expects capitalised names; a leading ``THE`` is
dropped so "the Shire" matches with a lower-case article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from multivector.actors import (
    ActorData,
    AgentEntry,
    CountryEntry,
    LeaderEntry,
    OrganizationEntry,
    Term,
)
from multivector.model import PartialDate
from multivector.petrarch.records import ActorRoot, DatedCode, PetrarchWarning, Where

Entry = CountryEntry | OrganizationEntry | LeaderEntry | AgentEntry


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    """A named actor phrase (lower-case words) and its codes, for inspection and tests."""

    phrase: str
    codes: tuple[DatedCode, ...]
    root: str
    where: Where

    def code_on(self, date: str | None) -> str:
        """PETRARCH's code on ``date`` (ISO; None = the unrestricted code)."""
        if date:
            day = date[:10]
            for c in self.codes:
                if c.restricted and (c.start is None or c.start <= day) and (c.end is None or day <= c.end):
                    return c.code
        for c in self.codes:
            if not c.restricted:
                return c.code
        return self.codes[-1].code


@dataclass(slots=True)
class PetrarchActorSet:
    """Converted actors and agents; the coder adds them through :meth:`as_actor_entries`."""

    entries: list[Entry] = field(default_factory=list)
    actors: list[PetrarchActor] = field(default_factory=list)

    def as_actor_entries(self) -> Iterator[Entry]:
        yield from self.entries

    def __len__(self) -> int:
        return len(self.entries)


def display_name(phrase: str) -> str:
    """``MINAS TIRITH`` -> ``Minas Tirith``; ``U.N.`` stays; a leading ``THE`` is dropped."""
    words = phrase.split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    return " ".join(w if "." in w else w.capitalize() for w in words)


def _date(iso: str | None, shift: int = 0) -> dt.date | None:
    return PartialDate.strict(iso).first + dt.timedelta(days=shift) if iso else None


class _Converter:
    def __init__(self, base: ActorData | None, warnings: list[PetrarchWarning],
                 standalone: bool = False) -> None:
        self.base = base
        self.standalone = standalone
        self.warnings = warnings
        self.countries: dict[str, list[str]] = {}
        self.organizations: dict[str, list[str]] = {}
        self.leaders: list[LeaderEntry] = []
        self.known_countries = {c.code for c in base.countries} if base else set()

    def codes(self, r: ActorRoot) -> list[DatedCode]:
        out = []
        for c in r.codes:
            if "/" in c.code:
                first = c.code.split("/")[0]
                self.warnings.append(PetrarchWarning(
                    r.where, "several codes in one bracket", f"{r.root}: [{c.code}] coded as {first}"))
                c = DatedCode(first, c.start, c.end)
            out.append(c)
        return out

    def add_root(self, r: ActorRoot, codes: list[DatedCode]) -> None:
        names = list(dict.fromkeys(display_name(p) for p in r.phrases if p.strip()))
        if not names:
            return
        if not any(c.restricted for c in codes):
            code = codes[0].code
            if len(codes) > 1 and len({c.code for c in codes}) > 1:
                self.warnings.append(PetrarchWarning(
                    r.where, "several unrestricted codes", f"{r.root}: coded as {code}"))
            table = self.countries if len(code) == 3 and code.isalpha() else self.organizations
            table.setdefault(code, []).extend(names)
            return
        self.add_leader(r, codes, names)

    def add_leader(self, r: ActorRoot, codes: list[DatedCode], names: list[str]) -> None:
        default = next((c for c in codes if not c.restricted), None)
        prefixes = Counter(c.code[:3] for c in codes)
        country = default.code[:3] if default else prefixes.most_common(1)[0][0]
        kept = [c for c in codes if c.code[:3] == country]
        for c in codes:
            if c.code[:3] != country:
                self.warnings.append(PetrarchWarning(
                    r.where, "date-restricted code of another country",
                    f"{r.root}: [{c.code} {c.start}..{c.end}] differs from {country}; left out of the "
                    "actor entry (petrarch_coder applies it)"))
        default_role = default.code[3:] if default else ""
        terms = []
        for c in kept:
            if not c.restricted:
                continue
            role = c.code[3:]
            if not role and default_role:
                self.warnings.append(PetrarchWarning(
                    r.where, "bare-country term", f"{r.root}: [{c.code} {c.start}..{c.end}] coded "
                    f"as {country}{default_role}"))
            terms.append(Term(_date(c.start), _date(c.end, 1), role=role or None))
        if default is not None:
            terms.append(Term(None, None, role=default_role or None))
        self.countries.setdefault(country, [])
        self.leaders.append(LeaderEntry(
            names=tuple(names), country=country, code=None, role=default_role, title="",
            terms=tuple(terms)))

    def build(self) -> list[Entry]:
        out: list[Entry] = []
        base_c = {c.code: c for c in self.base.countries} if self.base else {}
        base_o = {o.code: o for o in self.base.organizations} if self.base else {}
        ours_all = self.standalone
        ours = {n.casefold() for names in (*self.countries.values(), *self.organizations.values())
                for n in names} | {n.casefold() for p in self.leaders for n in p.names}

        def keep(names: Sequence[str], own: Sequence[str] = ()) -> tuple[str, ...]:
            # a name these dictionaries give to another actor is theirs, not the built-in one's;
            # standing alone, the built-in entries keep no names but the dictionaries' own
            own_set = {n.casefold() for n in own}
            if ours_all:
                return tuple(n for n in names if n.casefold() in own_set)
            return tuple(n for n in names if n.casefold() not in ours or n.casefold() in own_set)

        for code, names in self.countries.items():
            names = list(dict.fromkeys(names))
            if code in base_c:
                old = base_c[code]
                extra = {"capitals": (), "regions": ()} if self.standalone else {}
                out.append(replace(old, names=tuple(dict.fromkeys([*keep(old.names, names), *names])),
                                   adjectives=keep(old.adjectives, names), demonyms=keep(old.demonyms, names),
                                   **extra))
            else:
                out.append(CountryEntry(code=code, name=names[0] if names else code, names=tuple(names)))
        for code, names in self.organizations.items():
            names = list(dict.fromkeys(names))
            if code in base_o:
                old = base_o[code]
                out.append(replace(old, names=tuple(dict.fromkeys([*keep(old.names, names), *names]))))
            else:
                kind = code[:3].lower() if code[:3] in ("IGO", "NGO", "MNC") else "igo"
                out.append(OrganizationEntry(code=code, names=tuple(names), kind=kind))
        # built-in entries of other codes lose the names these dictionaries define
        for code, c in base_c.items():
            if code not in self.countries:
                names, adjs, dems = keep(c.names), keep(c.adjectives), keep(c.demonyms)
                if self.standalone:
                    out.append(replace(c, names=(), adjectives=(), demonyms=(), capitals=(), regions=()))
                elif (names, adjs, dems) != (c.names, c.adjectives, c.demonyms):
                    out.append(replace(c, names=names, adjectives=adjs, demonyms=dems))
        for code, o in base_o.items():
            if code not in self.organizations and keep(o.names) != o.names:
                out.append(replace(o, names=keep(o.names)))
        if self.base:
            for person in self.base.leaders:
                kept = keep(person.names) or person.names[:1]  # the key (first name) must stay
                if kept != person.names:
                    out.append(replace(person, names=kept))
        out.extend(self.leaders)
        return out


def convert_actors(
    roots: Sequence[ActorRoot],
    agents: Sequence,
    base: ActorData | None = None,
    standalone: bool = False,
) -> tuple[PetrarchActorSet, list[PetrarchWarning]]:
    """Convert actor roots and agent entries; with ``base`` (the built-in actor data) names are
    added to base entries of the same code, and base entries give up names these
    dictionaries define for other actors (the PETRARCH entry wins). ``standalone``: the
    dictionaries are used alone, so built-in entries keep no names or role nouns of their own
    (a leader keeps only the first name, which identifies the entry)."""
    warnings: list[PetrarchWarning] = []
    conv = _Converter(base, warnings, standalone)
    result = PetrarchActorSet()
    for r in roots:
        codes = conv.codes(r)
        conv.add_root(r, codes)
        for phrase in r.phrases:
            if phrase.strip():
                result.actors.append(PetrarchActor(" ".join(phrase.lower().split()), tuple(codes), r.root, r.where))
    result.entries = conv.build()
    nouns: dict[str, list[str]] = {}
    for a in agents:
        if a.prefix:
            warnings.append(PetrarchWarning(
                a.where, "prefix agent code", f"[{a.code}~] ({a.phrase}): the actor entry adds it "
                "after the country; petrarch_coder moves it before"))
        # explicit plurals ({GOLDEN_GEESE}) are added: the parser's lemma may not undo them
        for phrase in (a.phrase, *a.plurals):
            nouns.setdefault(a.code, []).append(" ".join(phrase.lower().split()))
    base_a = {g.code: g for g in base.agents} if base else {}
    # the lexicon tries agents in order: codes with longer phrases first, so that
    # "main opposition group" (MOP) is tried before "opposition group" (OPP)
    order = sorted(nouns, key=lambda c: -max(len(w.split()) for w in nouns[c]))
    for code in order:
        words = nouns[code]
        words = list(dict.fromkeys(words))
        if code in base_a:
            old = base_a[code]
            keep_old = () if standalone else old.nouns
            result.entries.append(replace(old, nouns=tuple(dict.fromkeys([*keep_old, *words]))))
        else:
            result.entries.append(AgentEntry(code=code, label=code, nouns=tuple(words)))
    if standalone:
        result.entries += [replace(g, nouns=()) for c, g in base_a.items() if c not in nouns]
    return result, warnings
