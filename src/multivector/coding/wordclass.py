"""Whether a token is one of a word class: its lemma or word, the hyphenated word the tokenizer
split, the pair it makes with a modifier, with an "of" phrase ("note of protest") or with an
infinitive relative ("right to respond"), or its entity type (``@gpe``).

Each token's strings are worked out once (:func:`lemma_keys`), so a verb's many patterns test
their word classes against the same few tokens by set intersection.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from multivector.coding.named_kinds import entity_class
from multivector.coding.token_index import token_index

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def lemma_in(tok: Token, words: frozenset[str], entities: bool = True) -> bool:
    """``tok``'s lemma (or word) is in ``words``, or so is the phrase it makes with one of its
    modifiers ("military aid", "car bomb", "hunger strike": word classes may list such pairs).
    A class member ``@person`` (``@gpe``, ``@org``...) accepts a name of that entity type
    (unless ``entities`` is false: what a quantity counts is no one named).

    Every string ``tok`` can be known by is worked out once per token (:func:`lemma_keys`), so
    testing it against many word classes is a set intersection each."""
    if "" in words:  # an empty word would meet a token that is no hyphenated word
        return _lemma_in(tok, words, entities)
    keys, entity = lemma_keys(tok)
    if not keys.isdisjoint(words):
        return True
    return bool(entities and entity is not None and entity in words)


# the document whose tokens' strings were worked out last, and those strings by token index
_KEYS: tuple[Doc | None, dict[int, tuple[frozenset[str], str | None]]] = (None, {})


def lemma_keys(tok: Token) -> tuple[frozenset[str], str | None]:
    """The strings :func:`lemma_in` accepts ``tok`` by (its lemma, its word, the hyphenated
    word it is part of, the pairs it makes with its modifiers) and its entity type as a class
    member (``@gpe``) or None; kept for the tokens of the last document asked about."""
    global _KEYS
    doc = tok.doc
    last, cache = _KEYS
    if last is not doc:
        cache = {}
        _KEYS = (doc, cache)
    found = cache.get(tok.i)
    if found is None:
        lemma = tok.lemma_.lower()
        keys = {lemma, tok.lower_}
        if hyphen := hyphen_word(tok):
            keys.add(hyphen)
        for c in tok.children:
            if c.dep_ in MODIFIER_DEPS:
                keys.add(f"{c.lemma_.lower()} {lemma}")
                keys.add(f"{c.lower_} {lemma}")  # as written: "banned group", "displaced person"
                keys.add(f"{hyphen_word(c)} {lemma}")
                keys.add(f"{hyphen_word(c, lemma=False)} {lemma}")
                if chained := compound_chain(c):
                    keys.add(f"{chained} {lemma}")  # "coast guard vessel"
            elif c.dep_ == "prep" and c.lower_ == "of":
                keys.update(of_phrases(c, lemma))
            elif c.dep_ == "acl":
                keys.update(to_phrases(c, lemma))
        entity = entity_class(tok)
        found = cache[tok.i] = (frozenset(keys), entity)
    return found


def _lemma_in(tok: Token, words: frozenset[str], entities: bool = True) -> bool:
    """:func:`lemma_in` read from the token each time."""
    lemma = tok.lemma_.lower()
    if lemma in words or tok.lower_ in words:
        return True
    if _has_hyphens(words) and hyphen_word(tok) in words:
        return True  # "sit-in", "test-fired": the tokenizer split the word at its hyphens
    if entities and _has_entity_types(words):
        if (kind := entity_class(tok)) is not None and kind in words:
            return True
    if not _has_pairs(words):
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ == "of" and not words.isdisjoint(of_phrases(c, lemma)))
        or (c.dep_ == "acl" and not words.isdisjoint(to_phrases(c, lemma)))
        for c in tok.children
    ):
        return True
    return any(
        c.dep_ in MODIFIER_DEPS
        and (
            f"{c.lemma_.lower()} {lemma}" in words
            or f"{c.lower_} {lemma}" in words
            or f"{hyphen_word(c)} {lemma}" in words
            or f"{hyphen_word(c, lemma=False)} {lemma}" in words  # "fact-finding mission"
            or f"{compound_chain(c)} {lemma}" in words  # "coast guard vessel"
        )
        for c in tok.children
    )


def compound_chain(mod: Token) -> str:
    """The modifier ``mod`` with the compound words before it, lower-case ("coast guard" for
    "guard" in "coast guard vessels"), or "" when it has none."""
    before = [c for c in mod.children if c.dep_ == "compound" and c.i < mod.i]
    if not before:
        return ""
    return " ".join(c.lemma_.lower() for c in before) + " " + mod.lemma_.lower()


def of_phrases(of: Token, lemma: str) -> set[str]:
    """The phrases a noun ``lemma`` makes with its "of" phrase ``of``: "note of protest",
    "act of terrorism" (a word class may list them as the pairs with a modifier)."""
    return {f"{lemma} of {p.lemma_.lower()}" for p in of.children if p.dep_ == "pobj"}


def to_phrases(acl: Token, lemma: str) -> set[str]:
    """The phrase a noun ``lemma`` makes with its infinitive relative ``acl``: "right to
    respond" (none when ``acl`` is no "to" infinitive: "the talks held in Doha")."""
    if any(a.dep_ == "aux" and a.lower_ == "to" for a in acl.children):
        return {f"{lemma} to {acl.lemma_.lower()}"}
    return set()


def hyphen_word(tok: Token, lemma: bool = True) -> str:
    """The hyphenated word the tokenizer split and ``tok`` is part of, lower-case, with ``tok``
    as its lemma ("test-fired" -> "test-fire", "sit-ins" -> "sit-in"; as written with
    ``lemma=False``: "fact-finding"), or "" when it has none."""
    ix = token_index(tok.doc)
    text, spaced, i, j = ix.text, ix.spaced, tok.i, tok.i
    while i >= 2 and text[i - 1] == "-" and not spaced[i - 1] and not spaced[i - 2]:
        i -= 2
    while j + 2 < ix.size and text[j + 1] == "-" and not spaced[j] and not spaced[j + 1]:
        j += 2
    if i == j:
        return ""
    return "-".join(
        (ix.lemma[k] or ix.lower[k]) if k == tok.i and lemma else ix.lower[k]
        for k in range(i, j + 1, 2)
    )


@functools.cache
def _has_hyphens(words: frozenset[str]) -> bool:
    """Whether a word set lists hyphenated words (worked out once per set)."""
    return any("-" in w for w in words)


@functools.cache
def _has_entity_types(words: frozenset[str]) -> bool:
    """Whether a word set lists entity types (``@person``; worked out once per set)."""
    return any(w.startswith("@") for w in words)


@functools.cache
def _has_pairs(words: frozenset[str]) -> bool:
    """Whether a word set lists modifier+noun pairs (worked out once per set)."""
    return any(" " in w for w in words)
