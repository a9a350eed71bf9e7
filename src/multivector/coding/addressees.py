"""A legislature a speaker addresses is the speaker's own.

"The US secretary of state told a Senate committee that ...", "the minister briefed
parliament", "testified before the Senate": a bare legislature (no country named) that a
state's actor tells, briefs or testifies before is that actor's own country's, not the
country the story is about (``addressed_home_agents``, ``addressee_verbs`` and
``addressee_prepositions`` in ``lang/en/grammar.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.lang import load
from multivector.coding.syntax import words

HOME_AGENTS = words("addressed_home_agents")
ADDRESSEE_VERBS = words("addressee_verbs")
ADDRESSEE_PREPS = words("addressee_prepositions")
_LETTERS = load("addressees.yaml")
LETTER_VERBS = frozenset(_LETTERS["letter_verbs"])
LETTER_ACTS = frozenset(_LETTERS["letter_acts"])
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})  # a country or place named in the phrase


def addressing_verb(h: Token) -> Token | None:
    """The verb of address whose addressee ``h`` is ("told parliament", "spoke to the
    Senate", "testified before Congress"), or None."""
    head = h.head
    if h.dep_ in ("dobj", "dative") and head.lemma_.lower() in ADDRESSEE_VERBS:
        return head
    if h.dep_ == "pobj" and head.lower_ in ADDRESSEE_PREPS:
        verb = head.head
        if head.dep_ in ("prep", "dative") and verb.lemma_.lower() in ADDRESSEE_VERBS:
            return verb
    return None


def addressed_home(h: Token, agent: str, exclude: set[str]) -> str | None:
    """The speaker's country for a bare legislature ``h`` (agent code ``agent``) it addresses;
    ``exclude`` holds the speakers' codes and countries. None unless they are of one country."""
    if agent not in HOME_AGENTS or addressing_verb(h) is None:
        return None
    if any(t.ent_type_ in PLACE_ENTS for t in h.subtree if t is not h):
        return None  # "addressed an assembly in the Georgian parliament": that country's
    countries = {c for c in exclude if len(c) == 3 and c.isalpha() and c.isupper()}
    return countries.pop() if len(countries) == 1 else None


def letter_addressees(v: Token) -> list[Token]:
    """The addressee of the letter or message a participle of asking or proposing ``v`` goes
    with: "wrote to Obama asking for help", "sent a letter to the emir proposing talks" (the
    object of the writing verb's "to"), else []. The one written to is the one asked."""
    head = v.head
    if v.dep_ != "advcl" or v.tag_ != "VBG" or v.lemma_.lower() not in LETTER_ACTS:
        return []
    if head.lemma_.lower() not in LETTER_VERBS:
        return []
    return [
        o
        for p in head.children
        if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
