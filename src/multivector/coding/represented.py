"""A person who speaks or acts for a party named beside them.

Debates and conferences are reported with each speaker's party set off by commas: "Mr. Hugh
Latimer, for Britain, praised the ruling"; "Mr. Ali Demir, speaking for the Turkish side,
thanked"; "Speaking for France, Mr. Jules Morel said"; "Mr. Arvo Lind, on behalf of Finland,
thanked". The person is often nobody the actor tables know; the party is. spaCy hangs
the "for" phrase on the person or on the verb; either way it stands between commas next to the
person (or opens the sentence as a participle), which "welcomed the decision for Britain"
and "for years" after a verb never do.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

REPRESENTING_PREPOSITIONS = lang.words("representing_prepositions")
REPRESENTING_VERBS = lang.words("representing_verbs")
BEHALF_PREPOSITIONS = lang.words("behalf_prepositions")
BEHALF_NOUNS = lang.words("behalf_nouns")
BEHALF_OWNER_PREPOSITIONS = lang.words("behalf_owner_prepositions")


def represented_party(h: Token) -> Token | None:
    """The head of the party the person ``h`` (a proper name) speaks for, or None. The caller
    keeps only a party that is a name ("for his part" is an idiom, "for the Queen" a person)."""
    if h.pos_ != "PROPN" or h.ent_type_ not in ("PERSON", ""):
        return None
    for prep in _party_preps(h):
        if (party := _party_of(prep)) is not None:
            return party
    return None


def _party_preps(h: Token):
    """The prepositional phrases that may name ``h``'s party: on ``h`` after a comma, on
    ``h``'s verb between ``h`` and the verb after a comma, or under a participle of speaking
    ("speaking for") in either place or opening the sentence."""
    doc = h.doc
    set_off = h.i + 1 < len(doc) and doc[h.i + 1].text == ","
    holders = []
    if set_off:
        holders.append(h)
        if h.dep_ == "nsubj" and h.head.i > h.i:
            holders.append(h.head)
    for holder in holders:
        for c in holder.children:
            if holder is not h and not h.i < c.i < holder.i:
                continue
            if c.dep_ == "prep" and c.i == h.i + 2:
                yield c
            elif c.dep_ in ("acl", "advcl") and c.lemma_.lower() in REPRESENTING_VERBS:
                if c.i == h.i + 2:
                    yield from (p for p in c.children if p.dep_ == "prep")
    if h.dep_ == "nsubj":  # "Speaking for France, Mr. Jules Morel said"
        for c in h.head.children:
            if c.dep_ == "advcl" and c.i == h.sent.start and c.lemma_.lower() in REPRESENTING_VERBS:
                yield from (p for p in c.children if p.dep_ == "prep")


def _party_of(prep: Token) -> Token | None:
    """The object of "for X", or of "on behalf of X"."""
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    if word in REPRESENTING_PREPOSITIONS:
        return objects[0]
    if word in BEHALF_PREPOSITIONS and objects[0].lemma_.lower() in BEHALF_NOUNS:
        inner = [
            p
            for p in objects[0].children
            if p.dep_ == "prep" and p.lower_ in BEHALF_OWNER_PREPOSITIONS
        ]
        return next((c for p in inner for c in p.children if c.dep_ == "pobj"), None)
    return None
