"""The doer of an agentless passive act of war on one country's people or forces.

A war report often names the victims and not the hand: "Twenty Indian soldiers were killed on
Monday night", "five Russian peacekeepers were killed", after it has named the two sides. Such
an act of violence (``CodingPolicy.is_raid``: 18-20) whose passive subject is one country's
actors is the act of the other country of the story's latest act of violence between that
country and another
(:func:`~multivector.coding.adversary.enemy_of`); with no such act, or with a third country
named in the sentence, no doer is supplied (the usual rules decide); nor when the passive has a
"by" phrase, or the victims' country is only the scene's ("nineteen people were killed").
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.actors import country_actor
from multivector.coding.adversary import enemy_of, third_country_named
from multivector.coding.phrases import PhraseResolver
from multivector.coding.state import DocumentState
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

# how a phrase's country was found when its own words name none (``PhraseResolver``)
CONTEXT_SOURCES = ("focus", "place", "home", "document", "sentence")


def enemy_doer(
    v: Token,
    code: str,
    state: DocumentState,
    when,
    phrases: PhraseResolver,
    policy: CodingPolicy,
) -> list[Actor]:
    """The enemy of the victims' country for the agentless passive act of war ``v`` (of CAMEO
    ``code``), or []."""
    if not policy.is_raid(code) or any(c.dep_ == "agent" for c in v.children):
        return []  # "was shot dead by a bodyguard": a doer is named, if not resolved
    victims = [
        a
        for c in v.children
        if c.dep_ == "nsubjpass"
        for a in phrases.resolve(c, state, when, "target")
    ]
    if any(from_context(a) for a in victims):
        return []  # "nineteen people were killed": their country is only the scene's
    countries = {a.country for a in victims}
    if len(countries) != 1 or None in countries:
        return []
    [country] = countries
    enemy = enemy_of(country, [e for e in state.events if policy.is_raid(e.cameo)], policy)
    if enemy is None or third_country_named(v, {country, enemy}, state):
        return []
    return [country_actor(enemy, "enemy")]


def from_context(a: Actor) -> bool:
    """Whether an actor's country came from the scene or the story rather than its own words
    ("people" in a story about Spain)."""
    how = a.resolved_by or ""
    return how in CONTEXT_SOURCES or how.endswith(tuple("+" + c for c in CONTEXT_SOURCES))
