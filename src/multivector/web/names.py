"""User names that cannot pass for someone else's: NFKC, one script, and a look-alike skeleton.

A new name is normalised to NFKC (full-width and styled letters become plain ones), refused
when it mixes Latin, Greek and Cyrillic letters ("аdmin" with a Cyrillic а), and refused when
its *skeleton* equals an existing name's. The skeleton replaces characters that look like a
Latin letter or digit (``data/confusables.tsv``) and casefolds, so "АDMIN" (all Cyrillic),
"admIn", "admln" and "adm1n" all collide with "admin".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "confusables.tsv"
GUARDED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    chars: dict[str, str] = {}
    seqs: list[tuple[str, str]] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, repl = line.split("\t")[:2]
        if key.startswith("seq:"):
            seqs.append((key[4:], repl))
        else:
            chars[chr(int(key, 16))] = repl
    return chars, tuple(seqs)


def normalise(name: str) -> str:
    """The form a name is stored and looked up in."""
    return unicodedata.normalize("NFKC", name).strip()


def skeleton(name: str) -> str:
    """What ``name`` looks like: look-alike characters replaced, casefolded, replaced again
    (a Greek capital Eta reads as H before casefolding, its small form as n after)."""
    chars, seqs = _table()
    out = "".join(chars.get(c, c) for c in normalise(name)).casefold()
    out = "".join(chars.get(c, c) for c in out)
    for seq, repl in seqs:
        out = out.replace(seq, repl)
    return out


def scripts(name: str) -> set[str]:
    """The guarded scripts (Latin, Greek, Cyrillic) whose letters ``name`` uses."""
    found = set()
    for c in name:
        if c.isalpha():
            script = unicodedata.name(c, "").split(" ")[0]
            if script in GUARDED_SCRIPTS:
                found.add(script)
    return found


def problem(name: str, existing: list[str]) -> str | None:
    """Why ``name`` may not be registered beside ``existing`` names, or None."""
    name = normalise(name)
    if len(scripts(name)) > 1:
        return "a username may not mix Latin, Greek and Cyrillic letters"
    mine = skeleton(name)
    for other in existing:
        if skeleton(other) == mine:
            if other.casefold() == name.casefold():
                return "that username is taken"
            return "that username is too similar to an existing one"
    return None
