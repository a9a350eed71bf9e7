"""Group phrases that name the parties in question, and the antecedent of an object pronoun.

- "The parties signed", "both parties agreed", "the two parties": a plural, definite,
  unmodified ``party_side_nouns`` word is the two sides of the dealings in focus (as "the two
  sides"), not political parties ("opposition parties", "the ruling party" keep their agent).
- "Police detained three fishermen, accusing them of ...", "arrested two men and questioned
  them": an object pronoun of a participial adjunct or of a verb coordinated with the main verb
  (same subject) refers to the main verb's object, never to its subject (a clause's subject and
  object pronoun are different people).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.coref import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS
from multivector.coding.syntax import MODIFIER_DEPS, numbered

PARTY_SIDE_NOUNS = lang.words("party_side_nouns")
PARTY_SIDE_DETERMINERS = lang.words("party_side_determiners")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
ADJUNCT_TAGS = frozenset({"VBG"})


def party_sides(h: Token) -> int:
    """How many sides "the parties" (``h``) names: 2 for "the parties", "both parties", "the
    two parties"; the number for "the three parties"; 0 when ``h`` is not such a phrase."""
    if h.lemma_.lower() not in PARTY_SIDE_NOUNS or h.tag_ not in PLURAL_TAGS:
        return 0
    if any(c.dep_ in MODIFIER_DEPS or c.dep_ == "poss" for c in h.children):
        return 0  # "opposition parties", "Kenya's parties", "political parties"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return 0  # "parties of the left"
    if not any(c.lower_ in PARTY_SIDE_DETERMINERS for c in h.children):
        return 0
    return numbered(h) or 2


def object_antecedent(pronoun: Token) -> Token | None:
    """The main clause's object an object pronoun (or an object's possessive pronoun) of a
    participial adjunct or coordinated verb refers to, when their number agrees, else None.

    "The navy detained two trawlers, accusing them of ...": "them" is the trawlers; "arrested
    a journalist and questioned him": "him" is the journalist; "seized the boats and
    impounded their catch": "their" is the boats'."""
    word = pronoun.lower_
    holder = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if holder.dep_ not in OBJECT_DEPS:
        return None
    verb = holder.head
    if verb.dep_ == "advcl" and verb.tag_ in ADJUNCT_TAGS:
        pass  # "..., accusing them of spying"
    elif verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # its own subject: "police arrested two men and a court fined them"
    else:
        return None
    main = verb.head
    objects = [
        c
        for c in main.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < holder.i
    ]
    if len(objects) != 1:
        return None
    obj = objects[0]
    plural = obj.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in obj.children)
    if word in PLURAL_PRONOUNS and not plural:
        return None
    if (word in PERSON_PRONOUNS or word in THING_PRONOUNS) and plural:
        return None
    if word not in PLURAL_PRONOUNS | PERSON_PRONOUNS | THING_PRONOUNS:
        return None
    return obj
