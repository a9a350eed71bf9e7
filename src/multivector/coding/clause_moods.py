"""Shapes of a clause that tell whether its act is told as done (read by ``coding/modality.py``).

A tensed conjunct keeps its own auxiliaries (``own_tense``), a perfect under "would" outside
reported speech did not happen (``counterfactual``), an infinitive of a noun of intention is
the stating verb's plan (``intention_noun``), a subjectless passive participle clause was done
to the main clause's subject (``passive_participle_clause``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.token_index import TokenIndex

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def own_tense(conj: Token) -> bool:
    """A tensed conjunct of a bare verb does not share that verb's auxiliaries: in "did not
    allow access and warned that ..." or "would not recognise the vote and denounced it" the
    second verb is neither negated nor modal ("did not sign and ratify" shares them). So is an
    active conjunct with its own object after a passive verb ("could not be trusted and
    threatened new strikes")."""
    head = conj.head
    if conj.tag_ in FINITE_TAGS and head.tag_ == "VB":
        return True
    return (
        conj.tag_ in FINITE_TAGS
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "dobj" for c in conj.children)
    )


def counterfactual(node: Token, kids: list[int], ix: TokenIndex) -> bool:
    """A perfect under an intention modal outside reported speech is what would have happened
    and did not ("a resolution that would have set up an inquiry"); in a reported clause it may
    be a future in the past ("said troops would have left by March")."""
    return node.dep_ != "ccomp" and any(
        ix.dep[c] == "aux" and ix.lower[c] in ("have", "'ve") for c in kids
    )


def intention_noun(v: Token, nouns: frozenset[str]) -> bool:
    """Whether ``v`` is the infinitive of a noun of intention that is a verb's object:
    "confirmed its readiness to start purchases", "announced plans to build a port"."""
    head = v.head
    return (
        v.dep_ == "acl"
        and head.dep_ == "dobj"
        and head.lemma_.lower() in nouns
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    )


def passive_participle_clause(v: Token) -> bool:
    """Whether ``v`` heads a passive participial clause with no subject, auxiliary or agent of
    its own ("Asked about the row, the spokesman said ...", "Invited to the summit, Laos sent its
    premier"): its act was done TO the main clause's subject, whose source is unstated."""
    if v.tag_ != "VBN" or v.dep_ != "advcl":
        return False
    return (
        not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark") for c in v.children
        )
        and v.i < v.head.i
    )
