"""Parsers for PETRARCH-2 (and TABARI-style) dictionary files into typed records.

Each parser reads one file and returns its records plus a list of
:class:`~multivector.petrarch.records.PetrarchWarning` for lines it could not read exactly.
Comments (``# ...`` and ``<!-- ... -->``, possibly over several lines) are skipped everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from multivector.model import PartialDate
from multivector.petrarch.records import (
    ActorRoot,
    AgentEntry,
    DatedCode,
    DiscardEntry,
    IssueEntry,
    PatternToken,
    PetrarchWarning,
    Synset,
    VerbBlock,
    VerbDictionary,
    VerbForm,
    VerbPattern,
    Where,
)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, content) with comments removed; blank lines are kept (they end synsets)."""
    in_xml_comment = False
    with path.open(encoding="utf-8", errors="replace") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if in_xml_comment:
                if "-->" in line:
                    in_xml_comment = False
                    line = line.split("-->", 1)[1]
                else:
                    continue
            if line.lstrip().startswith("<!"):
                if "-->" in line:
                    line = line.split("-->", 1)[1]
                else:
                    in_xml_comment = True
                    continue
            content = line.split("#", 1)[0].rstrip()
            if content.strip() or not line.strip():
                yield lineno, content  # comment-only lines vanish; blank lines are kept


def _phrase(text: str) -> str:
    """``PRIME_MINISTER_`` -> ``PRIME MINISTER``."""
    return " ".join(text.replace("_", " ").split())


# --------------------------------------------------------------------------- verbs

_HEADER = re.compile(r"^---\s*(?P<name>.*?)\s*(?P<codes>(\[[^\]]*\]\s*)*)(-{3}\s*)*$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def _tokenize(text: str) -> list[str]:
    # "_" between two words joins them (they must be adjacent); elsewhere it is a space
    text = re.sub(r"(?<=[^\s(){}_])_(?=[^\s(){}_])", " _ ", text)
    for ch in "(){}*":
        text = text.replace(ch, f" {ch} ")
    return re.sub(r"(?<! )_|_(?! )", " ", text).split()


def _atom(tok: str) -> PatternToken:
    kinds = {"*": "verb", "$": "source", "+": "target", "^": "skip", "%": "compound", "_": "join"}
    if tok in kinds:
        return PatternToken(kinds[tok], tok)
    if tok.startswith("&"):
        return PatternToken("class", tok[1:].rstrip("_").upper())
    return PatternToken("word", tok.upper())


def parse_pattern_tokens(text: str) -> list[PatternToken]:
    """Tokenize a pattern body (without its code) into tokens and nested groups."""
    stack: list[tuple[str, list[PatternToken]]] = [("top", [])]
    closers = {")": "pp", "}": "np"}
    for tok in _tokenize(text):
        if tok in ("(", "{"):
            stack.append(("pp" if tok == "(" else "np", []))
        elif tok in closers:
            kind, items = stack.pop() if len(stack) > 1 else ("", [])
            if kind != closers[tok]:
                raise ValueError(f"unbalanced '{tok}'")
            stack[-1][1].append(PatternToken(kind, items=tuple(items)))
        else:
            stack[-1][1].append(_atom(tok))
    if len(stack) != 1:
        raise ValueError("unclosed group")
    return stack[0][1]


def _parse_verb_line(text: str, where: Where) -> VerbForm:
    codes = _BRACKET.findall(text)
    forms_m = _FORMS.search(text)
    forms = tuple(_phrase(f) for f in forms_m.group(1).split()) if forms_m else ()
    phrase = _BRACKET.sub(" ", _FORMS.sub(" ", text)).strip()
    words = phrase.replace("_", " ").split()
    verb_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").upper() for w in words]
    code = codes[0].strip() if codes else None
    return VerbForm(tuple(w for w in words if w), verb_index, code or None, forms, where)


def read_verb_dictionary(path: str | Path) -> tuple[VerbDictionary, list[PetrarchWarning]]:
    """Read a verb dictionary: synsets (``&X`` / ``+member``), ``--- NAME [CODE] ---`` blocks
    with their verbs, and ``- pattern [CODE]`` lines."""
    path = Path(path)
    vd = VerbDictionary()
    warnings: list[PetrarchWarning] = []
    synset: tuple[str, list[str], Where] | None = None
    block: VerbBlock | None = None

    def close_synset() -> None:
        nonlocal synset
        if synset is not None:
            name, members, where = synset
            vd.synsets[name] = Synset(name, tuple(members), where)
            synset = None

    for lineno, line in _lines(path):
        where = Where(path.name, lineno)
        s = line.strip()
        if not s:
            close_synset()
            continue
        if s.startswith("&"):
            close_synset()
            synset = (s.split()[0][1:].rstrip("_").upper(), [], where)
        elif s.startswith("+") and synset is not None:
            synset[1].append(s[1:].strip())
        elif s.startswith("---"):
            close_synset()
            m = _HEADER.match(s)
            if not m:
                warnings.append(PetrarchWarning(where, "block header", f"cannot read {s!r}; skipped"))
                block = None
                continue
            codes = _BRACKET.findall(m["codes"] or "")
            code = codes[0].strip() if codes else None
            if len(codes) > 1:
                warnings.append(PetrarchWarning(
                    where, "block header", f"several codes {codes}; using the first ({code})"))
            block = VerbBlock(_phrase(m["name"]).upper(), None if code in (None, "---") else code, where)
            vd.blocks.append(block)
        elif s.startswith("-"):
            close_synset()
            if block is None:
                warnings.append(PetrarchWarning(where, "pattern", "pattern outside a verb block; skipped"))
                continue
            body = s[1:]
            codes = _BRACKET.findall(body)
            if not codes:
                warnings.append(PetrarchWarning(where, "pattern", f"no [code] in {s!r}; skipped"))
                continue
            body = body[: body.rfind("[")]
            try:
                tokens = parse_pattern_tokens(body)
            except ValueError as e:
                warnings.append(PetrarchWarning(where, "pattern", f"{e} in {s!r}; skipped"))
                continue
            verb_at = [i for i, t in enumerate(tokens) if t.kind == "verb"]
            if len(verb_at) != 1:
                warnings.append(PetrarchWarning(
                    where, "pattern", f"needs exactly one '*' (the verb): {s!r}; skipped"))
                continue
            i = verb_at[0]
            block.patterns.append(VerbPattern(
                tuple(tokens[:i]), tuple(tokens[i + 1:]), codes[-1].strip(), " ".join(body.split()), where))
        elif block is not None:
            close_synset()
            form = _parse_verb_line(s, where)
            if not form.words:
                warnings.append(PetrarchWarning(where, "verb", f"cannot read {s!r}; skipped"))
                continue
            block.verbs.append(form)
        else:
            warnings.append(PetrarchWarning(where, "line", f"not a synset, block or pattern: {s!r}; skipped"))
    close_synset()
    return vd, warnings


# --------------------------------------------------------------------------- actors

_DATE = re.compile(r"^\d{6}$|^\d{8}$")


def petrarch_date(text: str) -> str | None:
    """``950601`` or ``19950601`` -> ``1995-06-01`` (two-digit years below 30 are 20xx)."""
    text = text.strip()
    if not _DATE.match(text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < 30 else 1900 + yy}{text[2:]}"
    day = PartialDate.parse(f"{text[:4]}-{text[4:6]}-{text[6:8]}")
    return day.iso if day is not None else None


def _shift(iso: str, days: int) -> str:
    day = PartialDate.strict(iso).first
    return (day + dt.timedelta(days=days)).isoformat()


def parse_code_group(text: str) -> DatedCode:
    """``HOBGOV 19950601 - 19990815``, ``HOB <950601``, ``HOBREB >990816``, ``USA``.

    ``<D`` means before D and ``>D`` after D (both exclusive); ``D1-D2`` is inclusive.
    Raises ValueError on anything else.
    """
    parts = text.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code = parts[0].upper()
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not re.fullmatch(r"[A-Z0-9~/+#-]+", code) or petrarch_date(code.split("-")[0]):
        raise ValueError(f"not an actor code: {parts[0]!r}")
    if not rest:
        return DatedCode(code)
    if rest[0] in "<>":
        d = petrarch_date(rest[1:])
        if d is None:
            raise ValueError(f"bad date {rest[1:]!r}")
        return DatedCode(code, end=_shift(d, -1)) if rest[0] == "<" else DatedCode(code, start=_shift(d, 1))
    if "-" in rest:
        a, b = rest.split("-", 1)
        da, db = petrarch_date(a), petrarch_date(b)
        if da is None or db is None:
            raise ValueError(f"bad date range {rest!r}")
        return DatedCode(code, start=da, end=db)
    raise ValueError(f"cannot read date restriction {rest!r}")


def read_actor_dictionary(path: str | Path) -> tuple[list[ActorRoot], list[PetrarchWarning]]:
    """Read an actor dictionary: roots, ``+synonym`` lines and ``[CODE date]`` lines."""
    path = Path(path)
    roots: list[ActorRoot] = []
    warnings: list[PetrarchWarning] = []
    current: ActorRoot | None = None

    def add_codes(text: str, where: Where) -> None:
        for group in _BRACKET.findall(text):
            try:
                current.codes.append(parse_code_group(group))  # type: ignore[union-attr]
            except ValueError as e:
                warnings.append(PetrarchWarning(where, "actor code", f"[{group}]: {e}; skipped"))

    for lineno, line in _lines(path):
        s = line.strip()
        if not s:
            continue
        where = Where(path.name, lineno)
        if s.startswith("["):
            if current is None:
                warnings.append(PetrarchWarning(where, "actor code", "code line before any actor; skipped"))
                continue
            add_codes(s, where)
        elif s.startswith("+"):
            if current is None:
                warnings.append(PetrarchWarning(where, "actor synonym", "synonym before any actor; skipped"))
                continue
            current.synonyms.append(_phrase(s[1:].split("[")[0]).upper())
            if "[" in s:
                add_codes(s, where)
        else:
            name = _phrase(s.split("[", 1)[0]).upper()
            if not name:
                warnings.append(PetrarchWarning(where, "actor", f"cannot read {s!r}; skipped"))
                continue
            if current is not None and not current.codes:
                # consecutive roots without codes share the codes that follow them
                warnings.append(PetrarchWarning(
                    current.where, "root without codes",
                    f"{current.root} takes the codes of the next entry, {name}"))
                current.synonyms.append(name)
                add_codes(s, where)
                continue
            current = ActorRoot(name, [], [], where)
            roots.append(current)
            add_codes(s, where)
    for r in roots:
        if not r.codes:
            warnings.append(PetrarchWarning(r.where, "actor", f"{r.root} has no code; skipped"))
    return [r for r in roots if r.codes], warnings


# --------------------------------------------------------------------------- agents

_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def read_agent_dictionary(path: str | Path) -> tuple[list[AgentEntry], list[PetrarchWarning]]:
    """Read an agent dictionary: ``!SET! = A, B`` substitutions and ``PHRASE {PLURALS} [~CODE]``."""
    path = Path(path)
    subst: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    warnings: list[PetrarchWarning] = []
    for lineno, line in _lines(path):
        s = line.strip()
        if not s:
            continue
        where = Where(path.name, lineno)
        m = _SUBST.match(s)
        if m:
            subst[m[1].upper()] = [w.strip().upper() for w in m[2].split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(s)
        if not codes:
            warnings.append(PetrarchWarning(where, "agent", f"no [code] in {s!r}; skipped"))
            continue
        code = codes[0].replace(" ", "").upper()
        if "~" not in code:
            warnings.append(PetrarchWarning(where, "agent", f"code [{codes[0]}] has no '~'; skipped"))
            continue
        prefix = code.endswith("~")
        code = code.strip("~")
        forms_m = _FORMS.search(s)
        plurals = tuple(_phrase(p).upper() for p in forms_m.group(1).split()) if forms_m else ()
        raw = _BRACKET.sub(" ", _FORMS.sub(" ", s)).strip()
        for phrase in _expand(raw, subst, where, warnings):
            entries.append(AgentEntry(_phrase(phrase).upper(), code, prefix,
                                      plurals if forms_m else (), where))
            if forms_m and not plurals:
                pass  # "{}": the phrase has no plural form
    return entries, warnings


def _expand(raw: str, subst: dict[str, list[str]], where: Where,
            warnings: list[PetrarchWarning]) -> list[str]:
    m = re.search(r"!(\w+)!", raw)
    if not m:
        return [raw]
    members = subst.get(m[1].upper())
    if members is None:
        warnings.append(PetrarchWarning(where, "agent", f"unknown substitution !{m[1]}!; skipped"))
        return []
    out: list[str] = []
    for w in members:
        # "CONGRESS!PERSON!" -> "CONGRESSMAN"; "!MINST!_OF_X" -> "MINISTER OF X"
        out += _expand(raw[: m.start()] + w + raw[m.end():], subst, where, warnings)
    return out


# --------------------------------------------------------------------------- discards, issues


def read_discard_list(path: str | Path) -> tuple[list[DiscardEntry], list[PetrarchWarning]]:
    """Read a discard list: one phrase a line; ``+`` marks a story-level discard."""
    path = Path(path)
    out = []
    for lineno, line in _lines(path):
        s = line.strip()
        if not s:
            continue
        story = s.startswith("+")
        phrase = _phrase(s.lstrip("+")).upper()
        if phrase:
            out.append(DiscardEntry(phrase, story, Where(path.name, lineno)))
    return out, []


_ISSUE_OPEN = re.compile(r'<ISSUE\s+CATEGORY\s*=\s*"([^"]*)"', re.I)


def read_issue_list(path: str | Path) -> tuple[list[IssueEntry], list[PetrarchWarning]]:
    """Read an issue list: ``<ISSUE CATEGORY="X">`` blocks of ``phrase [CODE]`` and ``~phrase``.

    ``n:`` (noun form) and ``+`` (joined-word) markers are kept in the phrase as written.
    """
    path = Path(path)
    out: list[IssueEntry] = []
    warnings: list[PetrarchWarning] = []
    category = ""
    for lineno, line in _lines(path):
        s = line.strip()
        if not s:
            continue
        where = Where(path.name, lineno)
        m = _ISSUE_OPEN.match(s)
        if m:
            category = m[1]
            continue
        if s.upper().startswith("</ISSUE"):
            category = ""
            continue
        if s.startswith("<"):
            warnings.append(PetrarchWarning(where, "issue", f"unknown tag {s!r}; skipped"))
            continue
        codes = _BRACKET.findall(s)
        exclude = s.startswith("~")
        phrase = " ".join(_BRACKET.sub(" ", s).lstrip("~").split())
        out.append(IssueEntry(category, phrase, codes[0].strip() if codes else None, exclude, where))
    return out, warnings
