"""Orders to one's own agents: the act ordered is done, by the one who orders.

"The president ordered his troops to withdraw", "ordered police to open fire": a government
acts through its armed and police forces, so the act it orders them to do is its act (CAMEO
codes the withdrawal, the firing), not a demand (10). A verb of ordering (``order_governors``
in ``lang/en/grammar.yaml``) whose object is one of the forces a government commands
(``own_agent_nouns``), not named as another country's ("ordered Rwandan troops to leave"),
and a passive infinitive under it ("ordered the minister to be held", "ordered the price cap
to be restored": done by those it commands) give the act the modality of the order itself
("will order the army to withdraw": an intention) and the orderer as its source. An order to
a state or to other people ("ordered Togo to withdraw its troops", "ordered residents to
leave") stays a demand.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.syntax import words

ORDER_GOVERNORS = words("order_governors")
OWN_AGENT_NOUNS = words("own_agent_nouns")
# modifiers that name whose forces they are ("Rwandan troops", "Uganda's army", "UN troops")
NAMING_ENTITIES = ("GPE", "NORP", "ORG", "PERSON")


def ordering_governor(v: Token) -> Token | None:
    """The verb of ordering whose own forces are told to do the act of ``v`` ("ordered his
    troops to withdraw": 'ordered'), or that orders it done in the passive ("ordered the
    minister to be held": done by those it commands), or None."""
    if v.dep_ not in ("xcomp", "ccomp") or v.head.lemma_.lower() not in ORDER_GOVERNORS:
        return None
    gov = v.head
    kids = list(v.children)
    if any(c.dep_ == "auxpass" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids
    ):
        return gov
    if v.dep_ != "xcomp":
        return None
    agents = [c for c in gov.children if c.dep_ == "dobj" and c.i < v.i]
    if len(agents) != 1 or not own_agents(agents[0]):
        return None
    return gov


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
