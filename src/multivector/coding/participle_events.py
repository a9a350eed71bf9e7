"""Acts told by a reduced passive participle on the subject of a clause.

"The sailors released by Tehran flew home": a participle that modifies the subject identifies
it by an act taken as known, and the clause reports something else (``unasserted.py``). A
participle with a "by" phrase on a noun of an agreement or a joint process is another matter:
"the deal, brokered by Norway, commits both sides", "an investigation commissioned by the EU
examined the war", "the agreement, signed by A, B and C, replaces ...": it tells who made the
agreement or the process, the news the clause builds on (``made_nouns`` in
``lang/en/grammar.yaml``). The participle's "by" phrase is its source, as in any passive.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

MADE_NOUNS = lang.words("made_nouns")


def told_making(v: Token, nouns: frozenset[str] = MADE_NOUNS) -> bool:
    """Whether the past participle ``v`` modifying a noun tells who made the agreement or
    joint process that noun names: a "by" phrase (spaCy's ``agent``) on a head of ``nouns``
    ("the deal, brokered by Norway", "talks mediated by Crocker")."""
    if v.tag_ != "VBN" or v.dep_ != "acl":
        return False
    if v.head.lemma_.lower() not in nouns:
        return False
    return any(c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in v.children)
