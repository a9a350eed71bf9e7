"""Acts on the other side of a relation: "We will stand by our allies", "help our neighbours".

The allies, partners or neighbours of a speaker (``counterpart_nouns`` in
``lang/en/words.yaml``) are not the speaker's own country: when the text does not name them,
the act has no target rather than the home country an act naming no other party falls back to
(coding/arguments.py ``home_target``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import words

COUNTERPART_NOUNS = words("counterpart_nouns")


def on_other_side(v: Token) -> bool:
    """Whether the act ``v`` names as its object, directly or after a preposition, the other
    side of a relation ("stand by our allies", "thanked its partners")."""
    for c in v.children:
        if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in COUNTERPART_NOUNS:
            return True
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in COUNTERPART_NOUNS for g in c.children
        ):
            return True
    return False
