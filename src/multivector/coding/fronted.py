"""Subjects that the parser hung on a fronted date.

"In December 1988 South Africa, Angola and Cuba signed the accords": with no comma after the
date, the parser reads "South Africa" as an apposition of "December 1988" ("In 1994 Kenya,
Uganda and Tanzania": a second object of "In"), and the subject list starts at the second. A name that ends right before the comma that opens a listed subject,
inside a phrase fronted before it, is the list's first member. With no subject at all ("On 5
June 2017 Saudi Arabia, Bahrain and Egypt cut ties": the whole list read as the object of "On"),
the name that ends the fronted date phrase right before its verb is the verb's subject.

The same holds for any noun phrase that starts right after the date, nested or not ("At the end
of April a court in Ankara found", "On 21 May 1991 a suicide bomber ... killed"), also when the
parser made the preposition the root ("On 21 September 2009 Zelaya reappeared"). Two kindred
misreadings of what stands before a subjectless verb: its subject made a conjunct of an earlier
noun ("between 1975 and 1979 Khmer Rouge cadres carried out") or the subject of a bare
participle ("SADC leaders meeting in Dar es Salaam ask"). (syntax26)
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
    date phrase ("On 5 June 2017 Saudi Arabia, Bahrain and Egypt cut ties": "Arabia"; "On 21 May
    1991 a suicide bomber linked to the LTTE killed ...": "bomber"; "At the end of April a court
    in Ankara found ...": "court"), or None (see :func:`swallowed_phrase`)."""
    found = swallowed_phrase(v)
    return None if found is None else found[1]


def swallowed_phrase(v: Token) -> tuple[Token, Token] | None:
    """The fronted preposition of ``v`` and the subject swallowed in it, or None.

    ``v`` is finite with no subject; the preposition is its child before it; the subject is the
    outermost object in the phrase whose noun phrase ends right before ``v`` and starts right
    after a date (the date ends the phrase's own object: "On 14 August 1992 | units of the
    Georgian National Guard entered"; not "In Egypt officials cut ties", nor "after the August
    coup in Moscow, Estonia and Latvia declared": Moscow is the coup's place)."""
    if v.tag_ not in FINITE or any(
        c.dep_.startswith("nsubj") or c.dep_ in ("expl", "csubj") for c in v.children
    ):
        return None
    if (rooted := _rooted_preposition(v)) is not None:
        return rooted
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i > v.i or prep.right_edge.i != v.i - 1:
            continue
        for obj in prep.subtree:  # in order: the outermost object first
            if (
                obj.dep_ != "pobj"
                or obj.right_edge.i != v.i - 1
                or obj.pos_ not in ("NOUN", "PROPN")
                or obj.ent_type_ in TIME_ENTS
            ):
                continue
            start = _name_start(obj)
            if start > prep.i + 1 and v.doc[start - 1].ent_type_ in TIME_ENTS:
                return prep, obj
    return None


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def apposed_subject(v: Token) -> Token | None:
    """The subject of a finite verb with none that the parser set in apposition to the place
    of a fronted phrase ("In Baku, the Azerbaijani President, Ayaz Mutalibov, accused ...":
    "President" an apposition of "Baku"), or None: the apposition follows the place after a
    comma and its phrase runs up to the verb."""
    if v.tag_ not in FINITE or any(
        c.dep_.startswith("nsubj") or c.dep_ in ("expl", "csubj") for c in v.children
    ):
        return None
    doc = v.doc
    comma_before = doc[v.i - 1].text == ","
    if (held := _rooted_apposition(v, comma_before)) is not None:
        return held
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i > v.i or prep.right_edge.i != v.i - 1:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in PLACE_ENTS:
                continue
            for a in place.children:
                if (
                    a.dep_ == "appos"
                    and a.pos_ in ("NOUN", "PROPN")
                    and doc[a.left_edge.i - 1].text == ","
                    and (a.right_edge.i == v.i - 1 or (a.right_edge.i == v.i - 2 and comma_before))
                ):
                    return a
    return None


def _rooted_apposition(v: Token, comma_before: bool) -> Token | None:
    """:func:`apposed_subject` where the parser made the fronted preposition the sentence's
    root and the verb a clause of the apposition ("In Salisbury, the prime minister, Ian Smith,
    called ...": "In" the root, "called" an ``acl`` of "minister"), or None."""
    a = v.head
    if v.dep_ != "acl" or a.dep_ != "appos" or a.pos_ not in ("NOUN", "PROPN") or a.i > v.i:
        return None
    place, doc = a.head, v.doc
    prep = place.head
    if place.dep_ != "pobj" or place.ent_type_ not in PLACE_ENTS:
        return None
    if prep.dep_ != "ROOT" or prep.pos_ != "ADP" or prep.left_edge.i != prep.i:
        return None
    end = max([c.right_edge.i for c in a.children if c.i != v.i and c.i < v.i] + [a.i])
    if doc[a.left_edge.i - 1].text != "," or not (end == v.i - 1 or (end == v.i - 2 and comma_before)):
        return None
    return a


def _rooted_preposition(v: Token) -> tuple[Token, Token] | None:
    """The fronted preposition the parser made the sentence's root and the subject it took as
    its object, with ``v`` a clause of that object ("On 21 September 2009 Zelaya reappeared":
    "On" the root, "reappeared" an ``acl`` of "Zelaya"), or None: the object starts right after
    a date and nothing of it but the clause follows it."""
    obj = v.head
    if v.dep_ != "acl" or obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN") or obj.i > v.i:
        return None
    prep = obj.head
    if prep.dep_ != "ROOT" or prep.pos_ != "ADP" or obj.ent_type_ in TIME_ENTS:
        return None
    if any(c.i > obj.i and c.i != v.i for c in obj.children) or v.left_edge.i != v.i:
        return None
    start = _name_start(obj)
    if start > prep.i + 1 and v.doc[start - 1].ent_type_ in TIME_ENTS:
        return prep, obj
    return None


def _name_start(obj: Token) -> int:
    """Where the noun phrase of ``obj`` starts once a date the parser hung at its front is
    left out ("20 August Zhukov's brigades": "Zhukov"; not "the August coup"): the first token
    after the run of date tokens (and numbers) that opens it, else its left edge."""
    start = obj.left_edge.i
    i = start
    while i < obj.i and (obj.doc[i].ent_type_ in TIME_ENTS or obj.doc[i].like_num):
        i += 1
    return i


TIME_ENTS = frozenset({"DATE", "TIME"})


def conjoined_subject(v: Token) -> Token | None:
    """The subject of a finite verb with none that the parser coordinated with a noun before it
    ("between 1975 and 1979 Khmer Rouge cadres carried out ...": "cadres" a conjunct of "1975";
    "after the coup in Moscow, Estonia and Latvia declared ...": "Estonia" one of "Moscow"), or
    None: the conjunct whose phrase ends right before ``v``, read from the first conjunct of the
    noun it hangs on (a name, not a date, and that noun no subject itself)."""
    if v.tag_ not in FINITE or v.i < 1 or any(
        c.dep_.startswith("nsubj") or c.dep_ in ("expl", "csubj") for c in v.children
    ):
        return None
    t = v.doc[v.i - 1]
    while t.head.i != t.i and t.head.i < v.i and t.dep_ != "conj":
        t = t.head
    if t.dep_ != "conj" or t.right_edge.i != v.i - 1:
        return None
    head = t.head
    while head.dep_ == "conj":  # a chain of conjuncts: the noun they all hang on
        head = head.head
    if head.dep_.startswith("nsubj") or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    first = min((c for c in head.children if c.dep_ == "conj"), key=lambda c: c.i)
    if first.pos_ not in ("NOUN", "PROPN") or first.ent_type_ in TIME_ENTS:
        return None
    return first


def participle_subject(v: Token) -> Token | None:
    """The subject of a finite verb with none that the parser gave to a bare participle before
    it ("Earlier this month the leaders of the SCO, meeting in Astana, called ...": "leaders" the
    subject of "meeting"; "SADC leaders meeting in Dar es Salaam ask ..."), or None: a gerund
    with no auxiliary and no subordinator cannot have a subject of its own."""
    if v.tag_ not in FINITE or any(
        c.dep_.startswith("nsubj") or c.dep_ in ("expl", "csubj") for c in v.children
    ):
        return None
    for t in v.doc[v.left_edge.i : v.i]:
        part = t.head
        if t.dep_ != "nsubj" or part.tag_ != "VBG" or not t.i < part.i < v.i:
            continue
        if part.dep_ not in ("acl", "relcl", "advcl") or any(
            c.dep_ in ("aux", "mark") for c in part.children
        ):
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return None
