"""Subjects the parser stranded: a main verb hung, as a clause of a noun, under its own
subject ("Iran, which borders both, offered to mediate": the sentence's root is "Iran",
"offered" an ``acl`` of it). Moved out of ``clause_syntax`` (syntax26)."""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import FINITE_TAGS, words
from multivector.coding.token_index import sentence_of

DOUBLE_OBJECT_VERBS = words("double_object_verbs")


def stranded_subject(v: Token) -> Token | None:
    """The subject of a main verb the parser hung, as a clause of a noun, under its own
    subject after a parenthetical ("Iran, which borders both, offered to mediate": the
    sentence's root is "Iran", "offered" an ``acl`` of it), or None.

    The verb is finite (or a past form the tagger read as a participle, with no agent: the
    sentence has no other predicate), follows a comma, and the sentence's root is a noun (no
    verb heads the sentence) that has a relative clause or an apposition before the verb: the
    root is then the subject left without a predicate. A finite verb right after the root noun
    is one too: "The French minister called on X to ..." parsed as "the minister [who was]
    called ..."; so is a participle there with a direct object, which no passive participle
    takes but one of a verb of two objects ("Israeli air strikes killed 20 people" parsed as
    "strikes [that were] killed ..."; not "journalists denied entry": `double_object_verbs`).
    Anywhere after the root noun, a finite past or present with no subject of its own is the
    noun's predicate too: "A statement by the Minsk Group called on ..." (no noun's clause is
    finite without a relative word)."""
    if v.dep_ != "acl" or v.tag_ not in FINITE_TAGS | {"VBN"} or v.i == 0:
        return None
    root = sentence_of(v).root
    if v.head == root and v.i == root.i + 1 and root.pos_ == "NOUN" and (
        v.tag_ in FINITE_TAGS or active_participle(v)
    ):
        return root
    if v.head == root and v.tag_ in FINITE_TAGS and root.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "agent", "auxpass") for c in v.children
    ):  # "A statement by the Minsk Group called on ...": a finite verb is no noun's clause
        return root
    if v.nbor(-1).text != "," or any(c.dep_ in ("agent", "auxpass") for c in v.children):
        return None
    if root.pos_ not in ("NOUN", "PROPN") or root.i > v.i:
        return None
    if not any(c.dep_ in ("relcl", "appos") and c.i < v.i or _set_off_participle(c, v) for c in root.children):
        return None
    return root


def _set_off_participle(c: Token, v: Token) -> bool:
    """Whether ``c`` is a participle set off by commas before ``v`` ("The Resistance, known as
    Renamo, denied ...")."""
    return c.dep_ == "acl" and c.tag_ == "VBN" and c.i < v.i and c.doc[c.i - 1].text == ","


def active_participle(v: Token) -> bool:
    """Whether the participle ``v`` has a direct object and no passive marks, so is really an
    active past form (not a verb of two objects, ``double_object_verbs`` in ``grammar.yaml``)."""
    return (
        v.tag_ == "VBN"
        and v.lemma_.lower() not in DOUBLE_OBJECT_VERBS
        and any(c.dep_ == "dobj" for c in v.children)
        and not any(c.dep_ in ("agent", "auxpass", "aux") for c in v.children)
    )


def stranded_coordinate(v: Token) -> Token | None:
    """The verb whose subject a finite verb the parser hung on it as a bare ``dep`` shares, or
    None: a second predicate of the same subject ("blocked their path, then rammed them",
    "summoned the ambassador, called the seizure piracy and demanded ..."), or the main verb
    after a participle that describes the subject ("leaders gathered in Cairo condemned ...").
    The verb has no subject or auxiliary of its own and follows a verb that has a subject."""
    if v.dep_ != "dep" or v.tag_ not in FINITE_TAGS or v.head.i >= v.i or v.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in v.children):
        return None
    return v.head if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.head.children) else None
