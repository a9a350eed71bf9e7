"""Declining to comment: a speaker's refusal, in their own voice, to comment, speculate,
discuss, answer or go into a subject is an act (the policy's ``decline_code``, CAMEO 011), not
a negated nothing.

"I will not comment on that today", "I am not going to speculate about ground troops", "I
cannot discuss operational plans", "I will not go into that", "We will not answer
hypothetical questions", "I have nothing to add on that": a verb of commenting
(``decline_comment_verbs``) with a first-person subject, negated under a modal of will or
ability ("will not", "cannot") or under a negated governor of intention ("am not going to",
"do not want to"); or the complement of "nothing" that the first person "has" ("I have
nothing to add"). The speaker is the pronoun's voice (coding/voices.py: the label of a
transcript's turn, the speaker of a quotation). Not in the third person ("he will not
discuss it" is reported; "declined to comment" has its own patterns), not a refusal to say
*that* something is so ("I will not say that Moscow lied").

Words: ``decline_comment_*`` and ``first_person_subjects`` in ``lang/en/modality.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang

VERBS = lang.words_of("modality.yaml", "decline_comment_verbs")
PARTICLES = lang.words_of("modality.yaml", "decline_comment_particles")
MODALS = lang.words_of("modality.yaml", "decline_comment_modals")
GOVERNORS = lang.words_of("modality.yaml", "decline_comment_governors")
NOTHING = lang.words_of("modality.yaml", "decline_comment_nothing")
FIRST_PERSON = lang.words_of("modality.yaml", "first_person_subjects")
NEGATIONS = lang.words_of("modality.yaml", "negations")
PARTICLE_VERBS = lang.words_of("modality.yaml", "decline_comment_particle_verbs")
CLAUSE_DEPS = frozenset({"ccomp"})
HAVE = "have"
DECLINE_RULE = "declines.py decline comment"  # the provenance of the events it codes


def declined_comment(v: Token) -> bool:
    """Whether the verb ``v`` is the speaker declining to comment ("I will not comment")."""
    lemma = v.lemma_.lower()
    if lemma in GOVERNORS and _first_person(v) and _negated(v) and any(
        c.dep_ == "xcomp" and _comment_verb(c) for c in v.children
    ):
        return True  # "I am not going to speculate": the governor stands for a verb unlisted
    if lemma == HAVE and _first_person(v) and any(
        c.dep_ == "dobj" and c.lower_ in NOTHING and any(
            g.dep_ in ("relcl", "acl", "xcomp") and _comment_verb(g) for g in c.children
        )
        for c in v.children
    ):
        return True  # "I have nothing to add": coded on "have", whose subject speaks
    if not _comment_verb(v):
        return False
    if _first_person(v) and _negated(v) and _modal(v):
        return True  # "I will not comment", "I cannot discuss"
    gov = v.head
    if v.dep_ == "xcomp" and gov is not v and gov.lemma_.lower() in GOVERNORS:
        return False  # coded on the governor
    return False


def _comment_verb(v: Token) -> bool:
    """Whether ``v`` is a verb of commenting ("go" only with "into"), with no clause of what
    is said ("will not say that Moscow lied": a statement about an act)."""
    lemma = v.lemma_.lower()
    if lemma not in VERBS or v.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in PARTICLE_VERBS and not any(c.lower_ in PARTICLES for c in v.children):
        return False
    return not any(c.dep_ in CLAUSE_DEPS for c in v.children)


def _first_person(v: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in v.children)


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in v.children)


def _modal(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)
