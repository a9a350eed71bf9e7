"""A list's first member that the parser hung on a fronted date.

"In December 1988 South Africa, Angola and Cuba signed the accords": with no comma after the
date, the parser reads "South Africa" as an apposition of "December 1988" ("In 1994 Kenya,
Uganda and Tanzania": a second object of "In"), and the subject list starts at the second. A name that ends right before the comma that opens a listed subject,
inside a phrase fronted before it, is the list's first member.
"""

from __future__ import annotations

from spacy.tokens import Token

NAME_DEPS = frozenset({"appos", "compound", "npadvmod", "nmod"})


def swallowed_member(subj: Token) -> Token | None:
    """The head of a name hung on a fronted phrase right before the listed subject ``subj``
    ("In December 1988 South Africa, Angola and Cuba": "Africa"), or None."""
    if not any(c.dep_ == "conj" for c in subj.children) or subj.i < 2:
        return None
    doc = subj.doc
    name = doc[subj.i - 2]
    if doc[subj.i - 1].text != "," or name.dep_ not in NAME_DEPS | {"pobj"}:
        return None
    if name.ent_type_ not in ("GPE", "NORP", "ORG", "DATE"):
        return None
    top = name
    while top.dep_ in NAME_DEPS or top.dep_ in ("nummod", "pobj"):
        if top.head.i == top.i:
            return None
        top = top.head
    # the fronted phrase is a modifier of the subject's verb, before the subject
    if top.dep_ != "prep" or top.head.i != subj.head.i or top.i > subj.i:
        return None
    # only after a date ("In Nairobi, Uganda and Tanzania signed": Nairobi is a place)
    if not any(t.ent_type_ == "DATE" and t.dep_ != "appos" for t in doc[top.i + 1 : name.i]):
        return None
    return name
