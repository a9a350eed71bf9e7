"""Leaders named by a hyphened participle: "the Saudi-led coalition", "U.S.-led air strikes".

A coalition, force or act "X-led" is the act of X, the actor hyphened before the participle
(``leading_participles`` in ``lang/en/grammar.yaml``): the parser hangs "X" on the participle
and the participle on the noun ("coalition" <-amod- "led" <-npadvmod- "Saudi").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from multivector.coding.syntax import words
from multivector.coding.token_index import token_index

LEADING = words("leading_participles")
LEADER_DEPS = ("npadvmod", "compound", "nmod", "amod", "advmod", "nsubj")
LED_GROUPS = words("led_group_nouns")


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


def _has_leading(doc: Doc) -> bool:
    """Whether a word of ``doc`` is a leading participle (its lemma or itself): none, and no
    token has a leader (worked out once per document, from the token index)."""
    memo = token_index(doc).memo
    found = memo.get("leading")
    if found is None:
        ix = token_index(doc)
        found = memo["leading"] = not (LEADING.isdisjoint(ix.lemma) and LEADING.isdisjoint(ix.lower))
    return bool(found)


def leader_of(h: Token) -> Token | None:
    """The leader's word when ``h`` is a leading participle or a noun it modifies, else None."""
    if not _has_leading(h.doc):
        return None
    if h.dep_ == "amod" and (m := _hyphened_leader(h)) is not None:
        return m  # an event noun's modifier read as its doer ("U.S.-led air strikes")
    if h.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in h.children:
        if c.dep_ == "amod" and c.i < h.i and (m := _hyphened_leader(c)) is not None:
            return m
    return None


def earlier_led(h: Token) -> Token | None:
    """The leader's word of the latest earlier "X-led N" phrase that a bare "the N" or an "N"
    before another noun repeats ("the Saudi-led coalition ... the coalition", "a coalition
    spokesman": Saudi Arabia's), as a definite description refers back by its head noun; None
    when ``h`` has modifiers of its own ("the NATO coalition") or no such phrase came before."""
    if h.pos_ != "NOUN" or leader_of(h) is not None:
        return None
    ix = token_index(h.doc)  # the children's labels and words: no Token made of each
    own = [j for j in ix.children[h.i] if ix.dep[j] in ("amod", "compound", "nmod", "poss", "det")]
    if ix.dep[h.i] != "compound" and [ix.text[j].lower() for j in own] != ["the"]:
        return None  # "the coalition", or "coalition" in "a coalition spokesman"
    if ix.dep[h.i] == "compound" and own:
        return None
    memo = ix.memo
    led = memo.get("led_nouns")
    if led is None:  # the document's "X-led N" phrases, once: (position, noun lemma, leader)
        doc = h.doc
        led = (
            [
                (t.i, t.lemma_.lower(), m)
                for t in doc
                if t.pos_ in ("NOUN", "PROPN") and (m := leader_of(t)) is not None
            ]
            if _has_leading(doc)
            else []
        )
        memo["led_nouns"] = led
    lemma = h.lemma_.lower()
    found = [m for i, noun, m in led if i < h.i and noun == lemma]
    return found[-1] if found else None


def led_by(h: Token) -> Token | None:
    """The first leader of a group noun "led by" a list ("a coalition led by Chad, Mali and
    Niger": "Chad", whose conjuncts are the others), when ``h`` is one of ``led_group_nouns``
    and the participle modifies it; else None."""
    if h.pos_ != "NOUN" or LED_GROUPS.isdisjoint((h.lemma_.lower(), h.lower_)):
        return None
    if not _has_leading(h.doc):
        return None
    for p in h.children:
        if p.dep_ == "acl" and p.lower_ in LEADING and p.tag_ == "VBN":
            for by in p.children:
                if by.dep_ == "agent":
                    return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None
