"""Homonymous towns: a small gazetteer town of a country the document never names is taken for
a homonym and names no country ("rioters looted shops in Jeppestown, Malvern and the Pretoria
CBD": not Malvern in Canada). The country then comes from the usual fallbacks (the document's
focus). The size limit is ``generic_actors.homonym_town_population`` in the policy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import islice

from spacy.tokens import Doc

from multivector.actors import load_actor_data
from multivector.coding.gazetteer import Place
from multivector.coding.token_index import doc_text
from multivector.ontology.policy import load_policy

NAMED_KEY = "multivector_named_countries"
MIN_SENTENCES = 3


@functools.lru_cache(maxsize=1)
def _town_population() -> int:
    return int(load_policy().generic_actors.get("homonym_town_population", 0))


@functools.lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every country's names, adjectives, demonyms and capitals, and the
    country of each."""
    owner: dict[str, str] = {}
    for c in load_actor_data().countries:
        words = [c.name, *c.names, *c.adjectives, *c.demonyms, *(k.name for k in c.capitals)]
        for w in words:
            if len(w) > 2:
                owner.setdefault(w, c.code)
    return re.compile(rf"(?<![\w-]){_trie(owner)}(?![\w-])"), owner


def _trie(words: Iterable[str]) -> str:
    """One regular expression of ``words`` as a tree of their shared beginnings ("Niger" and
    "Nigeria": ``Niger(?:ia)?``): it matches as the plain alternation of the words, longest
    first, does (the longer word is tried first, the shorter when what follows it fails), but
    it reads a text's character once at each position instead of trying every word there."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first

    return pattern(tree)


def named_countries(doc: Doc) -> frozenset[str]:
    """The countries ``doc``'s text names (noted on the ``Doc``)."""
    named = doc.user_data.get(NAMED_KEY)
    if named is None:
        pattern, owner = _country_words()
        named = frozenset(owner[m.group(0)] for m in pattern.finditer(doc_text(doc)))
        doc.user_data[NAMED_KEY] = named
    return named


def homonym(doc: Doc, place: Place) -> bool:
    """Whether ``place`` is a small town of a country ``doc`` never names, in a document of
    more than ``MIN_SENTENCES`` sentences (a headline or a wire line may name a town alone:
    "Russian jets bombed Gori")."""
    return (
        place.kind == "city"
        and place.country is not None
        and place.population < _town_population()
        and place.country not in named_countries(doc)
        and _long(doc)
    )


def _long(doc: Doc) -> bool:
    """Whether ``doc`` has more than ``MIN_SENTENCES`` sentences."""
    if not doc.has_annotation("SENT_START"):
        return True
    return sum(1 for _ in islice(doc.sents, MIN_SENTENCES + 1)) > MIN_SENTENCES
