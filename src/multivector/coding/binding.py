"""Binding of object pronouns: a plain pronoun is not its own clause's subject.

English marks coreference with the subject of the same clause by a reflexive ("Chile defended
itself"); a plain object pronoun therefore names someone else ("Chilean officers accused them
of lying": "them" are not the officers, nor, in news, their country). The tracker's most recent
salient actor is often that very subject, so its answer is checked against the clause's
subject and, when it names the subject's side, the next antecedent that does not is taken.

In a life story (``coding/life_story.py``), a person pronoun acted on by a body of people
("prosecutors charged him", "the tribunal sentenced him", "judges indicted him") is bound only
by those people, not by their country, when it then means the story's subject: a state's
courts, police and army act on its own citizens, so "him" is the compatriot the story is
about, not the foreigner named last. Elsewhere the country binds as before ("Pakistani troops
detained him": the Indian pilot, not Pakistan's prime minister named before).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding.clause_syntax import subject_of
from multivector.coding.coref import PERSON_PRONOUNS, SPEECH_VERBS, is_person
from multivector.coding.state import DocumentState
from multivector.coding.token_index import TokenIndex, token_index
from multivector.model import Actor

OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
VERB_POS = frozenset({"VERB", "AUX"})

Resolver = Callable[..., list[Actor]]


def binding_verb(pronoun: Token) -> Token | None:
    """The verb whose object (or prepositional object) the pronoun is, else None."""
    head = pronoun.head
    if pronoun.dep_ in OBJECT_DEPS and head.pos_ in VERB_POS:
        return head
    if pronoun.dep_ == "pobj" and head.dep_ in ("prep", "dative") and head.head.pos_ in VERB_POS:
        return head.head
    return None


def reported(v: Token) -> bool:
    """True when the clause of ``v`` is (inside) the reported clause of a speech verb."""
    while v.dep_ in ("ccomp", "conj", "xcomp", "advcl") and v.head is not v:
        if v.dep_ == "ccomp" and v.head.lemma_.lower() in SPEECH_VERBS:
            return True
        v = v.head
    return False


def clause_subjects(
    pronoun: Token, state: DocumentState, when, resolve: Resolver, exclude: set[str]
) -> list[Actor]:
    """The actors of the subject of the pronoun's clause (empty when none)."""
    v = binding_verb(pronoun)
    if v is None or reported(v):
        return []  # "reporters said police had beaten them": the speakers may be meant
    subj, passive = subject_of(v)
    if subj is None or passive or subj.pos_ == "PRON" and subj.lower_ not in ("it", "they"):
        return []
    return resolve(subj, state, when, "source", exclude)


def bound_codes(pronoun: Token, subjects: list[Actor]) -> set[str]:
    """Codes and countries the pronoun may not mean, of its clause's subjects; only their
    codes when a person pronoun is acted on by a body of people (``by_body``)."""
    codes = {a.code for a in subjects if a.code}
    if by_body(pronoun, subjects):
        return codes
    return codes | {a.country for a in subjects if a.country}


def by_body(pronoun: Token, subjects: list[Actor]) -> bool:
    """Whether ``pronoun`` is a person pronoun acted on by a body of people: subjects that are
    none of them one person ("prosecutors", "the tribunal"), each an organ of a state (a code
    longer than its country's: ``GTMJUD``, not the country ``GTM`` itself)."""
    return (
        pronoun.lower_ in PERSON_PRONOUNS
        and binding_verb(pronoun) is not None
        and bool(subjects)
        and all(
            not is_person(a) and a.country is not None and len(a.code) > len(a.country)
            for a in subjects
        )
    )


def body_exclude(pronoun: Token, sources: list[Actor], exclude: set[str]) -> set[str]:
    """What an object person pronoun may not mean: with a state's body of people for its
    clause's subject (``by_body``), only those bodies' codes, not their country."""
    if not by_body(pronoun, sources):
        return exclude
    countries = {a.country for a in sources}
    return {c for c in exclude if c not in countries}


def bound_pronoun(
    pronoun: Token, state: DocumentState, when, resolve: Resolver, exclude: set[str]
) -> list[Actor]:
    """What an object pronoun refers to by the tracker, never its own clause's subject."""
    low = pronoun.lower_
    subjects = clause_subjects(pronoun, state, when, resolve, exclude)
    found = [a for a in state.tracker.pronoun(low, exclude, before=pronoun.idx) if a.code]
    topic = state.tracker.topic
    if topic is not None and (narrow := body_exclude(pronoun, subjects, exclude)) != exclude:
        # a life story's subject acted on by their own state's courts ("prosecutors charged him")
        wider = [a for a in state.tracker.pronoun(low, narrow, before=pronoun.idx) if a.code]
        if [a.code for a in wider] == [topic.code]:
            found, exclude = wider, narrow
    if not found:
        return found
    bound = bound_codes(pronoun, subjects)
    if not bound or not any(a.code in bound or a.country in bound for a in found):
        return found
    wider = set(exclude) | bound
    kept = [a for a in found if a.code not in bound and a.country not in bound]
    if kept:
        return kept
    other = state.tracker.thing(wider, before=pronoun.idx)
    return [other] if other is not None and other.code else []


def person_exclude(pronoun: Token, exclude: set[str]) -> set[str]:
    """What a possessive pronoun may not mean. "his"/"her" after a plural subject is not the
    subject, so only the source actors themselves are excluded, not their country: "the
    protesters accuse his government" may be their own country's leader."""
    if pronoun.lower_ not in PERSON_PRONOUNS or not plural_subject(pronoun):
        return exclude
    return {c for c in exclude if not any(o != c and o.startswith(c) for o in exclude)}


def plural_subject(t: Token) -> bool:
    """Whether the clause holding ``t`` has a plural subject ("the protesters", "A and B");
    worked out once per token and document (a pronoun is resolved many times)."""
    ix = token_index(t.doc)
    memo = ix.memo.get("plural_subject")
    if memo is None:
        memo = ix.memo["plural_subject"] = {}
    found = memo.get(t.i)
    if found is None:
        found = memo[t.i] = _plural_subject(ix, t.i)
    return found


def _plural_subject(ix: TokenIndex, i: int) -> bool:
    """:func:`plural_subject` of token ``i``, read from the document's index: the first verb
    above it decides."""
    head, pos, dep, kids = ix.head, ix.pos, ix.dep, ix.children
    while head[i] != i:
        i = head[i]
        if pos[i] in ("VERB", "AUX"):
            subjects = [c for c in kids[i] if dep[c] in ("nsubj", "nsubjpass")]
            tag = ix.tag
            return bool(subjects) and all(
                tag[s] in ("NNS", "NNPS") or any(dep[c] == "conj" for c in kids[s])
                for s in subjects
            )
    return False
