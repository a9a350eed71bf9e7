"""Where a body is based: "a Dutch-based firm", "the Lyon-based group", "X, a Texas-based fund".

An "X-based" modifier ("based": ``base_participles`` in ``lang/en/words.yaml``) names the
country of the noun it modifies, as an adjective of nationality would: the country of the
adjective or country name ("Dutch", "Kenya"), of the capital or region, else of the gazetteer
place ("Ohio") before the participle. The parser reads "a Dutch-based firm" as "Dutch"
(``npadvmod``) under "based" (``amod``) under "firm". A noun in apposition lends its base to
the name it describes ("Acme Shipping, the Oslo-based carrier"). Only capitalised names count
("land-based missiles", "space-based sensors" name no place). A rights group or charity
(agent codes ``base_stateless_agents``: NGO) is no body of the state it is based in. Read by
``PhraseResolver.modifier_actors`` and ``companies.find_companies``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding.lang import words

BASE_PARTICIPLES = words("base_participles")
STATELESS_AGENTS = words("base_stateless_agents")
PLACE_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod", "nsubj"})


def no_agent(_tok: Token) -> str | None:
    """No agent code known for a noun."""
    return None


def based_places(h: Token, agent_of: Callable[[Token], str | None] = no_agent) -> list[Token]:
    """The place words of the "X-based" modifiers of ``h`` and of a noun in apposition to it
    ("Dutch" in "a Dutch-based firm", "Ohio" in "Acme, the Ohio-based group"), or []; none
    for a noun whose agent code (``agent_of``) is one of ``base_stateless_agents``."""
    out: list[Token] = []
    for n in (h, *(c for c in h.children if c.dep_ == "appos")):
        for c in n.children:
            if c.dep_ != "amod" or c.lower_ not in BASE_PARTICIPLES:
                continue
            if agent_of(n) not in STATELESS_AGENTS:  # "a Geneva-based rights group": no Swiss body
                out.extend(
                    p
                    for p in c.children
                    if p.dep_ in PLACE_DEPS and p.i < c.i and p.text[:1].isupper()
                )
    return out
