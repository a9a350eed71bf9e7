"""The words that judge an act named by a light noun: "called it an abhorrent act", "described
the raid as an act of open banditry", "called the move an unlawful and provocative step".

A predicate noun such as "act", "step" or "move" (``evaluative_heads`` in
``lang/en/words.yaml``) says little by itself: its adjectives and its "of" phrase carry the
judgement. A pattern's word class (&CENSURE, &CRIME_NAME, &ACCLAIM in ``data/verbs.yaml``) may
be met by those words as if they stood alone ("called it unlawful", "called it banditry").
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

EVALUATIVE_HEADS = lang.words("evaluative_heads")


def judging_words(noun: Token) -> list[Token]:
    """The adjectives and participles before ``noun`` (and their conjuncts) and its "of"
    objects when it is an evaluative head; none otherwise."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVALUATIVE_HEADS:
        return []
    found: list[Token] = []
    for c in noun.children:
        if c.dep_ == "amod" and _adjectival(c) and c.i < noun.i:
            found.append(c)
            found.extend(k for k in c.conjuncts if _adjectival(k))
        elif c.dep_ == "prep" and c.lower_ == "of":
            found.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN")
    return found


def _adjectival(t: Token) -> bool:
    """An adjective, or a past participle used as one ("a failed policy")."""
    return t.pos_ == "ADJ" or t.tag_ == "VBN"
