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
from multivector.coding.token_index import token_index

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
    doc = h.doc
    ix = token_index(doc)  # labels and words from the index: a Token only for what is found
    kids, dep, low, text = ix.children, ix.dep, ix.lower, ix.text
    out: list[Token] = []
    for n in (h.i, *(c for c in kids[h.i] if dep[c] == "appos")):
        for c in kids[n]:
            if dep[c] != "amod" or low[c] not in BASE_PARTICIPLES:
                continue
            # "a Geneva-based rights group": no Swiss body
            if agent_of(h if n == h.i else doc[n]) not in STATELESS_AGENTS:
                out.extend(
                    doc[p] for p in kids[c] if dep[p] in PLACE_DEPS and p < c and text[p][:1].isupper()
                )
    return out
