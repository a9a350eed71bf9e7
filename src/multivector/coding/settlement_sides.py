"""The two sides of a truce, talks or an agreement that a noun reports without naming them.

"A ceasefire took effect in January 1977", "formal negotiations opened in Oslo in October
2012": a reciprocal event noun of settlement (the policy's ``settlement_roots``:
talks, agreements, truces) that names no two parties, right after the story has reported an act
between two countries (a war's, or one of the same root), is between those two sides, as a war
noun is (:mod:`~multivector.coding.war_parties`). Only an act at most ``RECENT_SENTENCES``
sentences back counts, and not when the sentence names a third country or the noun is definite
("the ceasefire held": the one already reported).
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.adversary import third_country_named
from multivector.coding.state import DocumentState
from multivector.coding.syntax import words
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

RECENT_SENTENCES = 3
DEFINITE = words("referring_determiners")


def settlement_sides(
    v: Token, code: str, sentence_id: int, state: DocumentState, policy: CodingPolicy
) -> list[Actor]:
    """The two sides of the story's latest act of war or of ``code``'s root, as the parties of
    the settlement noun ``v`` (of CAMEO ``code``) that names none, or []."""
    if not policy.settles(code):
        return []
    if any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in v.children):
        return []
    for e in reversed(state.events):
        if sentence_id - e.sentence_id > RECENT_SENTENCES:
            return []
        if e.target is None or not (policy.is_war(e.cameo) or e.cameo[:2] == code[:2]):
            continue
        countries = {a.country for a in (e.source, e.target) if a.country}
        if len(countries) != 2 or third_country_named(v, countries, state):
            continue
        return [e.source, e.target]
    return []
