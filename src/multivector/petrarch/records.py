"""Typed records read from PETRARCH/TABARI-format dictionaries, each with its file and line."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Where:
    """A place in a dictionary file."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class PetrarchWarning:
    """A construct the reader could not carry over exactly, and what it did instead."""

    where: Where
    construct: str  # short name of the PETRARCH construct, e.g. "pre-verb words"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.construct}: {self.message}"


@dataclass(frozen=True, slots=True)
class Synset:
    """``&NAME`` followed by ``+member`` lines; members may be phrases or other ``&SETS``."""

    name: str
    members: tuple[str, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class VerbForm:
    """A verb line inside a block: ``WORD {FORMS} [CODE]`` or ``+MULTI_WORD {FORMS} [CODE]``.

    ``words`` is the whole phrase in order; ``verb_index`` is the position of the verb in it
    (the word marked with ``+`` in a multi-word entry, else 0).
    """

    words: tuple[str, ...]
    verb_index: int
    code: str | None
    forms: tuple[str, ...]
    where: Where

    @property
    def verb(self) -> str:
        return self.words[self.verb_index]


@dataclass(frozen=True, slots=True)
class PatternToken:
    """One element of a pattern.

    ``kind``: ``word`` (a literal word), ``class`` (``&SET``), ``verb`` (``*``), ``source``
    (``$``), ``target`` (``+``), ``skip`` (``^``), ``compound`` (``%``), ``pp`` (a
    ``(PREP ...)`` group: ``items`` its tokens), ``np`` (a ``{...}`` noun phrase group).
    """

    kind: str
    text: str = ""
    items: tuple[PatternToken, ...] = ()


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A ``- ... * ... [CODE]`` line: tokens before and after the verb, and its code."""

    before: tuple[PatternToken, ...]
    after: tuple[PatternToken, ...]
    code: str
    text: str
    where: Where


@dataclass(slots=True)
class VerbBlock:
    """A ``--- NAME [CODE] ---`` block: its verbs (synonyms) and the patterns they share."""

    name: str
    code: str | None
    where: Where
    verbs: list[VerbForm] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass(slots=True)
class VerbDictionary:
    synsets: dict[str, Synset] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)

    @property
    def n_patterns(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code, valid between ``start`` and ``end`` (ISO dates, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None

    @property
    def restricted(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(slots=True)
class ActorRoot:
    """An actor entry: its root phrase, synonym phrases and (possibly date-restricted) codes."""

    root: str
    synonyms: list[str]
    codes: list[DatedCode]
    where: Where

    @property
    def phrases(self) -> list[str]:
        return [self.root, *self.synonyms]


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent noun phrase and its code; ``prefix`` codes go before the country (``NGO~``)."""

    phrase: str
    code: str
    prefix: bool
    plurals: tuple[str, ...]
    where: Where


@dataclass(frozen=True, slots=True)
class DiscardEntry:
    """A phrase whose presence discards the sentence (or the whole story when ``story``)."""

    phrase: str
    story: bool
    where: Where


@dataclass(frozen=True, slots=True)
class IssueEntry:
    """An issue phrase and its issue code; ``exclude`` lines (``~``) block a match."""

    category: str
    phrase: str
    code: str | None
    exclude: bool
    where: Where
