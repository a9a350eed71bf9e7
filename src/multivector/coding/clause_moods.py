"""Shapes of a clause that tell whether its act is told as done (read by ``coding/modality.py``).

A tensed conjunct keeps its own auxiliaries (``own_tense``), a perfect under "would" outside
reported speech did not happen (``counterfactual``), an infinitive of a noun of intention is
the stating verb's plan (``intention_noun``), a subjectless passive participle clause was done
to the main clause's subject (``passive_participle_clause``), a negative subject says no one
acted (``negative_subject``), a text that was vetoed or voted down made none of the acts it
would have made (``blocked_text``), a subjunctive clause states what is wanted
(``subjunctive``), the clause a verb lets or makes happen happens only if that verb's act does
(``caused_clause``), a verb of saying that is negated does not assert its clause (``untold``).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.token_index import TokenIndex

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})


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


def negative_subject(
    ix: TokenIndex, kids: list[int], pronouns: frozenset[str], determiners: frozenset[str]
) -> bool:
    """Whether a subject among ``kids`` (indices of ``ix``) says that no one acted: "nobody
    attended", "none of the members voted" (``pronouns``), "no country condemned", "neither side
    fired", "neither Quito nor Lima signed" (a determiner or correlative of ``determiners``)."""
    dep, low, kid = ix.dep, ix.lower, ix.children.__getitem__  # (kid(c): c's children)
    return any(
        dep[c] in ("nsubj", "nsubjpass")
        and (
            low[c] in pronouns
            or any(dep[d] in ("det", "preconj") and negating(ix, d, determiners) for d in kid(c))
        )
        for c in kids
    )


def negating(ix: TokenIndex, d: int, determiners: frozenset[str]) -> bool:
    """Whether token ``d`` is a negating determiner ("no troops"), not the "no" of a
    comparative quantity ("no fewer than 20 soldiers", "no more than ten")."""
    after = d + 1 < ix.size and ix.tag[d + 1] in COMPARATIVE_TAGS
    return ix.lower[d] in determiners and not after


def blocked_text(node: Token, texts: frozenset[str], blockers: frozenset[str]) -> Token | None:
    """The verb that vetoed, blocked or voted down the text whose content the participle or
    relative clause ``node`` states, or None: in "vetoed a draft condemning the raid", "blocked
    adoption of a statement that praised X" or "a motion demanding a ceasefire was voted down"
    the condemnation, praise and demand were never made (``texts``: the nouns of such texts;
    ``blockers``: the verbs, a particle after a space: "vote down")."""
    if node.dep_ not in ("acl", "relcl") or node.head.lemma_.lower() not in texts:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
        return None  # "a resolution that would (have) set up ...": left to its own modal
    noun = node.head
    for _ in range(3):  # "a draft and a statement", "adoption of a resolution"
        if noun.dep_ == "conj":
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        else:
            break
    gov = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or gov.pos_ != "VERB":
        return None
    lemma = gov.lemma_.lower()
    particles = (f"{lemma} {c.lower_}" for c in gov.children if c.dep_ == "prt")
    return gov if lemma in blockers or any(p in blockers for p in particles) else None


def subjunctive(v: Token) -> bool:
    """Whether the clause ``v`` has the base form of a mandative "that"-clause: "(demanded) that
    Uganda release the crew", "(suggested) that sanctions be imposed", "(urged) that the envoy be
    recalled" (a bare verb, or a passive with a bare "be"; no other auxiliary)."""
    kids = list(v.children)
    if any(c.dep_ == "aux" for c in kids):
        return False
    if v.tag_ in ("VB", "VBP"):
        return True
    return v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids)


def caused_clause(node: Token, kids: list[int], ix: TokenIndex, governors: frozenset[str]) -> bool:
    """Whether ``node`` is a clause with its own subject that a realis governor lets, helps or
    makes happen, parsed as its complement ("allowed the court to prosecute", "helped Russia
    evade sanctions"): it happens only if the governor's act does ("would not allow ... to
    prosecute" is not a prosecution, nor is "offered to help Quito fight" Quito's intention)."""
    head = node.head
    if node.dep_ != "ccomp" or node.i < head.i or head.lemma_.lower() not in governors:
        return False
    dep, low = ix.dep, ix.lower
    if any(dep[c] == "aux" and low[c] == "to" for c in kids):
        return True
    return node.tag_ == "VB" and not any(dep[c] in ("aux", "auxpass") for c in kids)


def untold(
    clause: Token,
    ix: TokenIndex,
    verbs: frozenset[str],
    pronouns: frozenset[str],
    determiners: frozenset[str],
) -> bool:
    """Whether the verb of saying (``verbs``) of the "that"-clause ``clause`` does not assert
    it: "did not say that", "no group said it had ..." (a negative subject: ``pronouns``,
    ``determiners``); not a verb that takes its clause as known ("did not mention that X flew":
    it flew), nor a denial ("did not deny that"), which are not listed."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i < head.i or head.lemma_.lower() not in verbs:
        return False
    kids = ix.children[head.i]
    neg = any(ix.dep[c] == "neg" for c in kids)
    return neg or negative_subject(ix, kids, pronouns, determiners)


def resolve(clause: Token, happenings: frozenset[str]) -> bool:
    """Whether ``clause``, the complement of a negated permission, names something no one asked
    leave to do: a passive ("will not allow its territory to be used") or a bare happening
    ("will never allow such crimes to happen": ``happenings``); the negation states a resolve,
    not a refusal."""
    if clause.i < clause.head.i:
        return False
    if clause.lemma_.lower() in happenings:
        return True
    return any(c.dep_ == "auxpass" for c in clause.children)


def negated_object(ix: TokenIndex, kids: list[int], determiners: frozenset[str]) -> bool:
    """Whether an object among ``kids`` (indices of ``ix``) has a negating determiner ("sent no
    troops", "sent neither troops nor money")."""
    dep, kid = ix.dep, ix.children.__getitem__
    return any(
        dep[c] == "dobj" and any(dep[d] == "det" and negating(ix, d, determiners) for d in kid(c))
        for c in kids
    )
