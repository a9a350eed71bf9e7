"""Language bundles: the words of one language that the coder's rules read, kept as data.

In the spirit of spaCy's ``spacy/lang/en/``: ``lang/en/`` holds ``words.yaml`` (pronouns,
determiners, particles, prepositions, months, number words, region prefixes ...),
``grammar.yaml`` (closed word classes of the syntax rules), ``dates.yaml`` (the words of date
expressions), ``modality.yaml`` and
``anaphora.yaml``. This module loads each file once.

>>> word_list("weekdays")[0]
'monday'
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from multivector.datafiles import load_yaml

LANGUAGE = "en"
BUNDLE_DIR = Path(__file__).parent / LANGUAGE
_WORD_FILES = ("words.yaml", "grammar.yaml", "dates.yaml")


def bundle_path(name: str) -> Path:
    """The path of a file of the language bundle."""
    return BUNDLE_DIR / name


@cache
def load(name: str) -> dict[str, Any]:
    """A YAML file of the bundle, parsed (once per process)."""
    return load_yaml(bundle_path(name).read_text(encoding="utf-8"))


def entry(name: str) -> Any:
    """The entry ``name`` of ``words.yaml``, ``grammar.yaml`` or ``dates.yaml`` as written."""
    for file in _WORD_FILES:
        data = load(file)
        if name in data:
            return data[name]
    raise KeyError(f"no word list {name!r} in the {LANGUAGE} language bundle")


def word_list(name: str) -> tuple[str, ...]:
    """A word list in its written order."""
    return tuple(str(w) for w in entry(name))


def words_of(file: str, name: str) -> frozenset[str]:
    """The word list ``name`` of the bundle file ``file`` (a file other than the word files
    :func:`words` reads: ``people.yaml``, ``modality.yaml``) as a set."""
    return frozenset(str(w) for w in load(file)[name])


@cache
def words(name: str, use: str | None = None) -> frozenset[str]:
    """A word list as a set; with ``use``, the words of a mapping entry (word -> the uses it
    serves, as ``owner_prepositions``) that serve that use. Built once per process, as the
    bundle is read once (:func:`load`): callers in the per-event path, such as the pair rules
    of ``pair_codes.py``, ask for their list by name each time."""
    if use is None:
        return frozenset(word_list(name))
    return frozenset(str(w) for w, uses in entry(name).items() if use in uses)
