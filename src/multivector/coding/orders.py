"""Orders to one's own agents: the act ordered is done, by the one who orders.

"The president ordered his troops to withdraw", "ordered police to open fire": a government
acts through its armed and police forces, so the act it orders them to do is its act (CAMEO
codes the withdrawal, the firing), not a demand (10). A verb of ordering (``order_governors``
in ``lang/en/grammar.yaml``) whose object is one of the forces a government commands
(``own_agent_nouns``), not named as another country's ("ordered Rwandan troops to leave"),
and a passive infinitive under it ("ordered the minister to be held", "ordered the price cap
to be restored", "ordered that the minister be held": done by those it commands) give the act
the modality of the order itself ("will order the army to withdraw": an intention) and the
orderer as its source. An order to
a state or to other people ("ordered Togo to withdraw its troops", "ordered residents to
leave") stays a demand.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.clause_moods import subjunctive
from multivector.coding.syntax import words
from multivector.coding.token_index import token_index

ORDER_GOVERNORS = words("order_governors")
OWN_AGENT_NOUNS = words("own_agent_nouns")
# modifiers that name whose forces they are ("Rwandan troops", "Uganda's army", "UN troops")
NAMING_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")


def ordering_governor(v: Token) -> Token | None:
    """The verb of ordering whose own forces are told to do the act of ``v`` ("ordered his
    troops to withdraw": 'ordered'), or that orders it done in the passive ("ordered the
    minister to be held", or a bare participle: "ordered the vessel confiscated", "ordered
    them deported": done by those it commands), or None."""
    if (gov := participle_order(v)) is not None:
        return gov
    if v.dep_ not in ("xcomp", "ccomp") or v.head.lemma_.lower() not in ORDER_GOVERNORS:
        return None
    gov = v.head
    kids = list(v.children)
    if any(c.dep_ == "auxpass" for c in kids) and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        or v.dep_ == "ccomp" and v.i > gov.i and subjunctive(v)  # "ordered that X be held"
    ):
        return gov
    if v.dep_ != "xcomp":
        return None
    agents = [c for c in gov.children if c.dep_ == "dobj" and c.i < v.i]
    if len(agents) != 1 or not own_agents(agents[0]):
        return None
    return gov


def participle_order(v: Token) -> Token | None:
    """The verb of ordering whose object ``v``, a bare past participle, says what is to be done
    to it: a small clause ("ordered them held until May", parsed as the verb's complement, or
    "ordered the captain held", parsed as a modifier of its object), or None. A participle
    with an auxiliary or a subject of its own is a clause of its own; one that only describes
    the object before another complement ("ordered the troops stationed there to leave") is
    not what was ordered. Worked out once per token of a document (asked of every clause
    whose subject or object is looked for)."""
    ix = token_index(v.doc)
    if ix.tag[v.i] not in ("VBN", "VBD"):
        return None
    memo = ix.memo.get("participle_order")
    if memo is None:
        memo = ix.memo["participle_order"] = {}
    found = memo.get(v.i)
    if found is None:
        gov = _participle_order(v)
        found = memo[v.i] = -1 if gov is None else gov.i
    return None if found < 0 else v.doc[found]


def _participle_order(v: Token) -> Token | None:
    """:func:`participle_order`, worked out."""
    if v.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "nsubjpass", "mark") for c in v.children
    ):
        return None
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if v.tag_ == "VBD" and v.dep_ not in ("ccomp", "xcomp"):
        return None  # a past form is a participle only where no finite clause can stand
    # (a past form parsed as a complement clause with no subject of its own, after the verb's
    # object, is no finite clause: "ordered the frontier with Laos closed", nor is an open
    # complement: "ordered the border with Brazil closed on Thursday")
    if v.dep_ in ("xcomp", "ccomp", "oprd"):
        gov = v.head
        objects = [c for c in gov.children if c.dep_ == "dobj" and c.i < v.i]
        # its patient is the verb's object, or the participle's own "subject" ("ordered the
        # vessel confiscated" parsed as a clause)
        if len(objects) + len(subjects) != 1 or (subjects and v.dep_ != "ccomp"):
            return None
    elif v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.i < v.i and not subjects:
        gov = v.head.head
        if any(c.dep_ in ("xcomp", "ccomp") and c.i > v.i for c in gov.children):
            return None
    else:
        return None
    return gov if gov.lemma_.lower() in ORDER_GOVERNORS and gov.pos_ == "VERB" else None


def ordered_patient(v: Token) -> Token | None:
    """What the bare participle ``v`` ordered done is done to (:func:`participle_order`): its
    parsed subject, the order's object, or the object it modifies; else None."""
    gov = participle_order(v)
    if gov is None:
        return None
    if v.dep_ == "acl":
        return v.head
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else next(c for c in gov.children if c.dep_ == "dobj")


def ordered_participle(gov: Token) -> Token | None:
    """The bare participle whose act the verb of ordering ``gov`` orders done to its object
    (:func:`participle_order`), or None."""
    for c in gov.children:
        if participle_order(c) == gov:
            return c
        if c.dep_ == "dobj":
            found = next((a for a in c.children if participle_order(a) == gov), None)
            if found is not None:
                return found
    return None


def own_agents(noun: Token) -> bool:
    """Whether ``noun`` names forces a government commands, with nothing naming another's."""
    compounds = " ".join(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
    name = f"{compounds} {noun.lemma_.lower()}".strip()
    if noun.lemma_.lower() not in OWN_AGENT_NOUNS and name not in OWN_AGENT_NOUNS:
        return False
    return not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in NAMING_ENTITIES
        for c in noun.children
    )
