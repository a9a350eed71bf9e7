"""Performatives: a verbal act the speaker does by saying they want to, or must, do it.

"I want to thank our allies", "I would like to congratulate X", "Here I must thank X", "Let
me condemn this attack": in the first person, a verb of a verbal act (thanking, welcoming,
condemning, calling on ...) under a governor of wanting ("want", "wish", "would like"), under
"let me/us", or with "must" is done in the saying, not only wanted or obliged. Not when
negated ("I do not want to condemn anyone"), nor in the third person ("he wants to thank":
a wish), nor for material acts ("I want to visit Chile": a wish).

Words: ``performative_verbs``, ``performative_governors``, ``performative_modals`` and
``first_person_subjects`` in ``lang/en/modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

VERBS = lang.words_of("modality.yaml", "performative_verbs")
GOVERNORS = lang.words_of("modality.yaml", "performative_governors")
MODALS = lang.words_of("modality.yaml", "performative_modals")
FIRST_PERSON = lang.words_of("modality.yaml", "first_person_subjects")
NEGATIONS = lang.words_of("modality.yaml", "negations")
LET = "let"


def performative(v: Token) -> bool:
    """Whether the verbal act headed by ``v`` is done by the first person saying they want
    to, must, or let themselves do it."""
    if v.lemma_.lower() not in VERBS or v.tag_ != "VB" or _negated(v):
        return False
    if _first_person(v) and any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children):
        return True  # "Here I must thank the Emir"
    gov = v.head
    if v.dep_ not in ("xcomp", "ccomp") or gov is v or _negated(gov):
        return False
    if gov.lemma_.lower() == LET:  # "Let me condemn", "let us welcome"
        return any(c.lower_ in ("me", "us") for c in gov.children if c.dep_ in ("nsubj", "dobj"))
    return gov.lemma_.lower() in GOVERNORS and gov.tag_ in ("VBP", "VB") and _first_person(gov)


def _first_person(v: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in v.children)


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in v.children)
