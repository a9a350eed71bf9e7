"""The two sides of fighting that a war noun reports without naming them.

"Heavy fighting broke out on Monday", "fighting resumed in late August", "artillery exchanges
were reported near the river": a reciprocal noun of war (``CodingPolicy.is_war``) that names no
two parties, after the story has just reported an act of war, is fighting between that act's two
sides. Only an act of war at most ``RECENT_SENTENCES`` sentences back counts, and not when the
sentence names a country other than those two sides (the fighting may be another war), nor a
definite noun ("the fighting escalated", "that clash": the act already reported;
``referring_determiners`` in ``lang/en/grammar.yaml``).
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


def war_sides(
    v: Token, code: str, sentence_id: int, state: DocumentState, policy: CodingPolicy
) -> list[Actor]:
    """The source and target of the story's latest act of war, as the parties of the war noun
    ``v`` (of CAMEO ``code``) that names none, or []."""
    if not policy.is_war(code) or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in v.children):
        return []  # "that clash", "the fighting": an act already reported, not a new one
    for e in reversed(state.events):
        if sentence_id - e.sentence_id > RECENT_SENTENCES:
            return []
        if not policy.is_war(e.cameo) or e.target is None or e.source.code == e.target.code:
            continue
        countries = {a.country for a in (e.source, e.target) if a.country}
        if third_country_named(v, countries, state):
            return []
        return [e.source, e.target]
    return []
