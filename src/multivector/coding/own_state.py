"""A state speaking of itself names no addressee.

"Peru's defence minister warned that Lima would defend its waters": the subject of the
reported clause is the speaker's own state, so it is not the one warned (nor demanded of, nor
accused); the target is looked for elsewhere. Other actors of the same country are kept:
"the president demanded that the rebels disarm" addresses the rebels, and "the opposition
demanded that the government resign" the government.
"""

from __future__ import annotations

from multivector.coding.syntax import words
from multivector.model import Actor

STATE_AGENTS = words("state_agents")
STATE_SEATS = words("state_seats")


def is_state(code: str, country: str, roles: frozenset[str] = STATE_AGENTS) -> bool:
    """Whether ``code`` is the country ``country`` itself or one of its state organs."""
    return code == country or (code.startswith(country) and code[3:6] in roles)


def not_own_state(actors: list[Actor], exclude: set[str]) -> list[Actor]:
    """``actors`` without the state of sources that are themselves that state (``exclude``
    holds the sources' codes and countries)."""
    kept = []
    for a in actors:
        country = a.country
        if country and is_state(a.code, country, STATE_SEATS):
            organs = {c for c in exclude if c.startswith(country) and c != country}
            if country in exclude and all(is_state(c, country) for c in organs):
                continue
        kept.append(a)
    return kept
