"""The enemy an act of war is aimed at when the sentence names no target.

A war report names the two sides once and then goes on with one of them: "Indian troops
returned fire", "the garrison surrendered on 14 June", "the government declared a ceasefire".
Such an act (``CodingPolicy.takes_adversary_target``: a show of force, fighting, a ceasefire
or a surrender) is aimed at the side its country is fighting, not at the country the text is
about nor at the source's own. The enemy is the other party of the latest act of war (``CodingPolicy.is_war``: a show
of force, an attack, fighting) between the source's country and another country; with no such
event, a place named in the sentence, or a third country named in it ("the dispute with
Chile"), the usual rules decide (``coding/arguments.py``).
Only a country, its armed forces or its government fight a war (``warring_agents`` in
``lang/en/words.yaml``): police or civilians with no target act at home.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding.syntax import words
from multivector.coding.token_index import token_index
from multivector.model import Event
from multivector.ontology.policy import CodingPolicy

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState

WARRING_AGENTS = words("warring_agents")


def third_country_named(v: Token, countries: set[str], state: DocumentState) -> bool:
    """Whether ``v``'s sentence names a country other than ``countries`` (the two sides): then
    the sentence may be about another quarrel ("the dispute with Chile")."""
    start, end = token_index(v.doc).sentence(v.i)
    for i in range(start, end):
        m = state.mentions.get(i)
        if m is not None and i == m.start:
            if any(e.country and e.country not in countries for e in m.entries):
                return True
    return False


def warring_country(sources: Collection[str], country_codes: Collection[str]) -> str | None:
    """The one country of ``sources`` when each is that country or one of its warring organs
    ("IND", "INDMIL", "INDGOV"), else None."""
    countries = set()
    for code in sources:
        country, agent = code[:3], code[3:6]
        if country not in country_codes or (agent and agent not in WARRING_AGENTS):
            return None
        countries.add(country)
    return next(iter(countries)) if len(countries) == 1 else None


def other_party(country: str, events: Sequence[Event], fits: Callable[[str], bool]) -> str | None:
    """The other country of the latest event between ``country`` and another whose code
    ``fits``."""
    for e in reversed(events):
        if e.target is None or not fits(e.cameo):
            continue
        src, tgt = e.source.country, e.target.country
        if src == country and tgt and tgt != country:
            return tgt
        if tgt == country and src and src != country:
            return src
    return None


def provoker_of(country: str, events: Sequence[Event], fits: Callable[[str], bool]) -> str | None:
    """The country of the latest event whose code ``fits`` done by another country at no one
    or at ``country`` ("North Korea conducted a nuclear test ... South Korea raised its alert
    level": the test's doer), or None."""
    for e in reversed(events):
        src = e.source.country
        if not src or src == country or not fits(e.cameo):
            continue
        if e.target is None or e.target.country in (None, country):
            return src
    return None


def enemy_of(country: str, events: Sequence[Event], policy: CodingPolicy) -> str | None:
    """The other country of the latest act of war between ``country`` and another."""
    return other_party(country, events, policy.is_war)
