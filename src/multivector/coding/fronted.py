"""Subjects that the parser hung on a fronted date.

"In December 1988 South Africa, Angola and Cuba signed the accords": with no comma after the
date, the parser reads "South Africa" as an apposition of "December 1988" ("In 1994 Kenya,
Uganda and Tanzania": a second object of "In"), and the subject list starts at the second. A name that ends right before the comma that opens a listed subject,
inside a phrase fronted before it, is the list's first member. With no subject at all ("On 5
June 2017 Saudi Arabia, Bahrain and Egypt cut ties": the whole list read as the object of "On"),
the name that ends the fronted date phrase right before its verb is the verb's subject.
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


ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})


def swallowed_subject(v: Token) -> Token | None:
    """The subject of a finite verb with none that the parser read as the object of a fronted
    date phrase ("On 5 June 2017 Saudi Arabia, Bahrain and Egypt cut ties": "Arabia"), or None.

    The phrase is a preposition of ``v`` before it; a date entity follows the preposition; its
    object is a name (not part of the date) whose phrase ends right before ``v``."""
    if v.tag_ not in FINITE or any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in v.children):
        return None
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i > v.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.right_edge.i != v.i - 1 or obj.ent_type_ not in ACTOR_ENTS:
                continue
            start = obj.left_edge.i if obj.left_edge.i > prep.i else prep.i + 1
            name_start = next(
                (t.i for t in v.doc[start : obj.i + 1] if t.ent_type_ in ACTOR_ENTS), obj.i
            )
            if any(t.ent_type_ == "DATE" for t in v.doc[prep.i + 1 : name_start]):
                return obj
    return None
