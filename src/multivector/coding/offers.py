"""Offers: an act offered, pledged or promised is the intention of that kind of cooperation.

"Kenya offered to send troops to Haiti", "Canada pledged to deploy 1,000 soldiers": the act
under a governor of offering (``offer_governors`` in ``lang/en/grammar.yaml``) is offered to its
target. Where the intention table would make a threat of it (force posture, 15: "will send
troops to the border" threatens), the policy's ``offered_codes`` give the offer's own code
(0334: intent to provide military protection or peacekeeping).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from multivector.coding.syntax import words

OFFER_GOVERNORS = words("offer_governors")


def offered_code(v: Token, code: str, table: Mapping[str, str]) -> str | None:
    """The code of the act ``code`` of ``v`` offered by its governor ("offered to send troops":
    0334), or None when ``v`` is not offered or the offer has no code of its own."""
    if not table or v.dep_ != "xcomp" or v.head.lemma_.lower() not in OFFER_GOVERNORS:
        return None
    return table.get(code) or table.get(code[:3]) or table.get(code[:2])
