"""Leaders named by a hyphened participle: "the Saudi-led coalition", "U.S.-led air strikes".

A coalition, force or act "X-led" is the act of X, the actor hyphened before the participle
(``leading_participles`` in ``lang/en/grammar.yaml``): the parser hangs "X" on the participle
and the participle on the noun ("coalition" <-amod- "led" <-npadvmod- "Saudi").
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import words

LEADING = words("leading_participles")
LEADER_DEPS = ("npadvmod", "compound", "nmod", "amod", "advmod", "nsubj")


def _hyphened_leader(p: Token) -> Token | None:
    """The word hyphened right before the leading participle ``p`` ("Saudi" of "Saudi-led")."""
    if p.lemma_.lower() not in LEADING and p.lower_ not in LEADING:
        return None
    doc = p.doc
    if p.i < 2 or doc[p.i - 1].text != "-":
        return None
    for m in p.children:
        if m.dep_ in LEADER_DEPS and m.i == p.i - 2:
            return m
    return None


def leader_of(h: Token) -> Token | None:
    """The leader's word when ``h`` is a leading participle or a noun it modifies, else None."""
    if h.dep_ == "amod" and (m := _hyphened_leader(h)) is not None:
        return m  # an event noun's modifier read as its doer ("U.S.-led air strikes")
    if h.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in h.children:
        if c.dep_ == "amod" and c.i < h.i and (m := _hyphened_leader(c)) is not None:
            return m
    return None
