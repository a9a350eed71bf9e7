"""PETRARCH actor and agent entries in a form the coder's actor lexicon can take.

An actor root and its synonyms become one :class:`PetrarchActor` per phrase, carrying the
root's codes; a code with a date restriction applies only within its dates (the first listed
restriction that holds wins, as in PETRARCH), and the unrestricted code applies otherwise.
Agents keep their code and whether it goes after (``[~GOV]``) or before (``[NGO~]``) the
country code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from multivector.petrarch.records import ActorRoot, AgentEntry, DatedCode, PetrarchWarning, Where


@dataclass(frozen=True, slots=True)
class PetrarchActor:
    """A named actor phrase (lower-case words) and its codes."""

    phrase: str
    codes: tuple[DatedCode, ...]
    root: str
    where: Where

    def code_on(self, date: str | None) -> str:
        """The code valid on ``date`` (ISO ``YYYY-MM-DD``; None = the unrestricted code)."""
        if date:
            day = date[:10]
            for c in self.codes:
                if c.restricted and (c.start is None or c.start <= day) and (c.end is None or day <= c.end):
                    return c.code
        for c in self.codes:
            if not c.restricted:
                return c.code
        return self.codes[-1].code

    @property
    def default_code(self) -> str:
        return self.code_on(None)


@dataclass(frozen=True, slots=True)
class PetrarchAgent:
    """A role noun phrase and its agent code; ``prefix`` codes precede the country code."""

    phrase: str
    code: str
    prefix: bool
    plurals: tuple[str, ...]
    where: Where

    def apply(self, country_code: str | None) -> str:
        """Combine with an actor code: ``ARN`` + ``~GOV`` -> ``ARNGOV``; none -> ``---GOV``."""
        base = country_code or "---"
        return self.code + base if self.prefix else base + self.code


def convert_actors(
    roots: Sequence[ActorRoot], agents: Sequence[AgentEntry]
) -> tuple[list[PetrarchActor | PetrarchAgent], list[PetrarchWarning]]:
    """Flatten actor roots (one entry per phrase) and agents; report what cannot carry over."""
    warnings: list[PetrarchWarning] = []
    out: list[PetrarchActor | PetrarchAgent] = []
    for r in roots:
        codes = []
        for c in r.codes:
            if "/" in c.code:
                first = c.code.split("/")[0]
                warnings.append(PetrarchWarning(
                    r.where, "several codes in one bracket", f"{r.root}: [{c.code}] coded as {first}"))
                c = DatedCode(first, c.start, c.end)
            codes.append(c)
        for phrase in r.phrases:
            words = phrase.lower().split()
            if words:
                out.append(PetrarchActor(" ".join(words), tuple(codes), r.root, r.where))
    for a in agents:
        out.append(PetrarchAgent(a.phrase.lower(), a.code, a.prefix,
                                 tuple(p.lower() for p in a.plurals), a.where))
    return out, warnings
