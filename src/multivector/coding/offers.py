"""Offers: an act offered, pledged or promised is the intention of that kind of cooperation.

"Kenya offered to send troops to Haiti", "Canada pledged to deploy 1,000 soldiers": the act
under a governor of offering (``offer_governors`` in ``lang/en/grammar.yaml``) is offered to its
target. Where the intention table would make a threat of it (force posture, 15: "will send
troops to the border" threatens), the policy's ``offered_codes`` give the offer's own code
(0334: intent to provide military protection or peacekeeping).

Help offered (or promised, or stood ready to give) towards settling a quarrel ("offered to help
ease tensions", "was ready to help the two states resolve the dispute") is an offer to mediate
(039), not aid (``lang/en/offers.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from multivector.coding.lang import load
from multivector.coding.syntax import words

OFFER_GOVERNORS = words("offer_governors")
_OFFERS = load("offers.yaml")
HELP_VERBS = frozenset(_OFFERS["mediation_help_verbs"])
SETTLING_VERBS = frozenset(_OFFERS["settling_verbs"])
QUARREL_NOUNS = frozenset(_OFFERS["quarrel_nouns"])
MEDIATION_CODE = str(_OFFERS["mediation_offer_code"])


def mediation_help(v: Token) -> bool:
    """Whether ``v`` is help towards settling a quarrel: a verb of helping whose bare infinitive
    ("help ease tensions") or clause ("help the two states resolve the dispute") settles a
    quarrel noun."""
    if v.lemma_.lower() not in HELP_VERBS:
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.lemma_.lower() in SETTLING_VERBS
        and any(o.dep_ == "dobj" and o.lemma_.lower() in QUARREL_NOUNS for o in c.children)
        for c in v.children
    )


def offered_code(v: Token, code: str, table: Mapping[str, str]) -> str | None:
    """The code of the act ``code`` of ``v`` offered by its governor ("offered to send troops":
    0334; "offered to help ease tensions": 039, whatever governs the intention), or None when
    ``v`` is not offered or the offer has no code of its own."""
    if mediation_help(v):
        return MEDIATION_CODE
    if not table or v.dep_ != "xcomp" or v.head.lemma_.lower() not in OFFER_GOVERNORS:
        return None
    return table.get(code) or table.get(code[:3]) or table.get(code[:2])
