"""The doer a definite event noun names by repeating an earlier mention of itself.

"The break follows Russia's recognition of the two regions. ... Britain condemned the
recognition": a definite event noun ("the recognition", "the invasion") repeats the latest
earlier noun phrase with the same head noun; when that phrase named its doer (a possessive,
an actor adjective: "Russia's recognition", "the Russian invasion", or a "by" phrase:
"the recognition by Moscow"), the reaction answers that doer, whether or not the earlier
phrase was coded as an event. The reacting side itself is never its own target.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.token_index import token_index
from multivector.model import Actor

# prepositions of an event noun's doer ("the recognition by Moscow")
BY_PREPS = lang.words("owner_prepositions", "doer")
REACH = 2000  # characters back a definite event noun may repeat an earlier mention
Owners = Callable[[Token], list[Actor]]


def named_doer(noun: Token, owners: Owners, exclude: set[str]) -> list[Actor]:
    """The doer the latest earlier mention of ``noun``'s head noun names, or []: ``owners``
    gives the actors a noun's own modifiers and "by" phrase name."""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    ix = token_index(doc)  # the words looked at in the index; a Token only for the same noun
    lemmas, pos = ix.lemma, ix.pos
    for i in range(noun.i - 1, -1, -1):
        if lemmas[i] != lemma or pos[i] != "NOUN":
            continue
        t = doc[i]
        if noun.idx - t.idx > REACH:
            break  # (offsets grow with the index: every word before it is further still)
        found = [
            a
            for a in owners(t)
            if a.code and a.code not in exclude and (a.country or "") not in exclude
        ]
        return found  # the nearest mention is the one repeated, named doer or not
    return []
