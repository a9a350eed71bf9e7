"""Forms of names and nouns the actor stages compare: abbreviations written as such, names
folded without case or accents, other spellings of a person's name, and the singulars of
plurals spaCy leaves as written ("the Heads of State")."""

from __future__ import annotations

import functools
import unicodedata
from difflib import SequenceMatcher

from spacy.tokens import Token

from multivector.coding import lang

PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # the tags of a plural noun or name


@functools.cache
def abbreviation(name: str) -> bool:
    """Whether a dictionary name is written as an abbreviation ("US", "U.N.", "DPRK"), matched
    only as written (worked out once per name)."""
    return name.isupper() or (
        any(ch.isupper() for ch in name[1:] if ch.isalpha()) and name.replace(".", "").isupper()
    )


def fold(word: str) -> str:
    """``word`` in lower case without accents or a final full stop ("Vladimír" -> "vladimir")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of a person's known names, folded (worked out once per person)."""
    return frozenset(fold(w) for n in names for w in n.split())


def known_word(word: str, names: tuple[str, ...]) -> bool:
    """Whether ``word`` (folded) is a word of ``names`` or another spelling of one ("Hasan" for
    "Hassan", "Volodymir" for "Volodymyr"; "Mirsad" is not "Michal")."""
    known = _name_words(names)
    return word in known or any(
        SequenceMatcher(None, word, w).ratio() >= SPELLING_RATIO for w in known
    )


SPELLING_RATIO = 0.85  # hasan/hassan 0.91, volodymir/volodymyr 0.89; maria/mario 0.8 differ

PLURAL_ENDINGS = tuple((str(a), str(b)) for a, b in lang.entry("plural_endings"))


def singulars(word: str) -> list[str]:
    """Candidate singulars of an English plural ("gunmen" -> "gunman"), by the bundle's rules."""
    return [word[: -len(end)] + sing for end, sing in PLURAL_ENDINGS if word.endswith(end)]


def noun_lemmas(token: Token) -> list[str]:
    """The lemma of ``token``, then, for a capitalised name or plural that spaCy left as written
    ("the Heads of State", "the Parties": lemma "heads", "parties"), its candidate singulars."""
    lemma = token.lemma_.lower()
    if (
        token.is_title
        and lemma == token.lower_
        and (token.pos_ == "PROPN" or token.tag_ in PLURAL_TAGS)
    ):
        return [lemma, *singulars(lemma)]
    return [lemma]
