"""A speech act that a contact was made to do: done by the contact's own subject.

"Telephoned his counterpart to express condolences", "flew to Rome to congratulate", "called
Putin to apologise": a purpose infinitive that names a speech act (``performative_purposes`` in
``lang/en/modality.yaml``) under a verb of getting in touch (``contact_verbs``) was done by that
contact, whether the parser hangs it on the verb as a clause of purpose (``advcl``) or, after
the one contacted, as its complement (``xcomp``). Not an appeal: "called on Tokyo to apologise"
(``appeal_phrases``, read for the complement) asks another to act.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.lang import words_of

CONTACT_VERBS = words_of("modality.yaml", "contact_verbs")
PERFORMATIVE_PURPOSES = words_of("modality.yaml", "performative_purposes")
APPEAL_PHRASES = words_of("modality.yaml", "appeal_phrases")
CONTACT_PREPOSITIONS = words_of("modality.yaml", "contact_prepositions")


def contact_purpose(node: Token, dep: str) -> bool:
    """Whether ``node`` (attached as ``dep``) is a speech act done by the contact it is the
    purpose of, by the contact's own subject: "telephoned his counterpart to express
    condolences", "called Putin to apologise"; not an appeal ("called on Tokyo to apologise":
    ``appeal_phrases`` in ``lang/en/modality.yaml``)."""
    head = node.head
    return (
        node.dep_ == dep
        and node.lemma_.lower() in PERFORMATIVE_PURPOSES
        and head.lemma_.lower() in CONTACT_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        and not (dep == "xcomp" and appeal(head))
    )


def appeal(head: Token) -> bool:
    """Whether the contact verb ``head`` with its preposition may ask another to act ("called
    on Tokyo to apologise"); a clause of purpose set apart from it is the caller's own ("called
    on the minister on Monday to discuss the crisis": a visit)."""
    return any(
        c.dep_ in ("prep", "prt") and f"{head.lemma_.lower()} {c.lower_}" in APPEAL_PHRASES
        for c in head.children
    )


def contacted(v: Token) -> list[Token]:
    """The ones contacted by the contact whose purpose is the speech act ``v`` (its object, or
    the object of its "to", "with": "telephoned Putin to apologise", "wrote to Lima to
    protest"), or [] when ``v`` is no such purpose."""
    if not (contact_purpose(v, "xcomp") or contact_purpose(v, "advcl")):
        return []
    head = v.head
    found = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in CONTACT_PREPOSITIONS:
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found
