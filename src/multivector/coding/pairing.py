"""Pairing stage: which (source, target) pairs a matched predicate yields, one event each.

- Every source acts on every target other than itself.
- "Each other" and reciprocal groups pair among themselves; so does a group that agrees, meets
  or pledges with no one else (policy ``pairs_within_group``).
- A group of countries acting on its own agents ("both governments moved troops") acts on the
  other member.
- A lone source stands alone when the code needs no target; audiences ("told reporters") are
  never targets, nor is a government's own people or legislature it addresses ("addressed the
  nation", "told parliament": policy ``own_audience_codes``).
"""

from __future__ import annotations

from multivector.coding.actors import country_actor
from multivector.model import Actor
from multivector.ontology.policy import CodingPolicy

# how a country was supplied when no place was named: the document's focus, the source's own
FALLBACK_PLACES = frozenset({"document", "source"})


def pair_up(
    sources: list[Actor],
    targets: list[Actor],
    reciprocal: bool,
    pattern_reciprocal: bool,
    code: str,
    policy: CodingPolicy,
) -> list[tuple[Actor, Actor | None]]:
    """(source, target) pairs, one event each: every source x target; "each other" and
    reciprocal groups pair among themselves; a lone source stands alone when ``code`` allows."""
    pairs: list[tuple[Actor, Actor | None]] = []
    if reciprocal and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
    elif targets and own_side_targets(sources, targets):
        # "both governments moved troops", "the two sides pulled back their forces": what a
        # group of countries acts on is its own; each acts towards the other
        within = policy.pairs_within_group(code)
        pairs = [
            (a, b)
            for i, a in enumerate(sources)
            for j, b in enumerate(sources)
            if a.country != b.country and (i < j or not within)
        ]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
        if len(sources) > 2 and [t.code for t in targets] == [s.code for s in sources[1:]]:
            # a joint act's partners, the later ones its targets ("Russia, China and Iran held
            # joint exercises"): each pair once, the first named towards the later
            codes = [s.code for s in sources]
            pairs = [(s, t) for s, t in pairs if codes.index(s.code) < codes.index(t.code)]
    elif len(sources) > 1 and pattern_reciprocal and policy.pairs_both_ways(code):
        # "Armenia and Azerbaijan exchanged fire": each fired at the other
        pairs = [(a, b) for a in sources for b in sources if a.code != b.code]
    elif len(sources) > 1 and (pattern_reciprocal or policy.pairs_within_group(code)):
        # a group that agrees, meets or pledges with no one else does so among itself
        pairs = [
            (sources[i], sources[j])
            for i in range(len(sources))
            for j in range(i + 1, len(sources))
        ]
    if not pairs and targets and policy.takes_home_target(code):
        # "the defence minister warned that the army would act": the only party acted on is
        # the source's own side, a domestic act; so is a country's coercion or force on its
        # own people or soil ("Poland imposed martial law ... 5,000 were interned": Poland on
        # Poland; not "Russia defended its decision")
        pairs = [
            (s, country_actor(s.country, "home"))
            for s in sources
            if s.country
            and all(t.country == s.country for t in targets)
            and (s.code != s.country or on_itself(targets, code, policy))
        ]
    if not pairs and not policy.needs_target(code):
        # no one else acted upon (the only target found was the source itself)
        pairs = [(s, None) for s in sources]
    # "told reporters" is not an interaction, nor is "addressed the nation" by its government
    return [
        (s, t)
        for s, t in pairs
        if t is None
        or not (policy.is_audience(code, t.code) or policy.is_own_audience(code, s.code, t.code))
    ]


def on_itself(targets: list[Actor], code: str, policy: CodingPolicy) -> bool:
    """Whether a country named as the source acts on itself when its only targets are its own:
    its protest or repression (``own_people_roots``), or its force on a place of its own the
    text names (not the document's focus or the source's own country supplied as a fallback)."""
    if not policy.takes_domestic_target(code):
        return False
    if policy.acts_on_own_people(code):
        return True
    return all(t.resolved_by and t.resolved_by not in FALLBACK_PLACES for t in targets)


def own_side_targets(sources: list[Actor], targets: list[Actor]) -> bool:
    """True when the sources name two or more countries and every target is an agent of one
    of them that is not itself a source (the group's own troops, police or people)."""
    countries = {s.country for s in sources if s.country}
    codes = {s.code for s in sources}
    return (
        len(countries) > 1
        and len(countries) == len(sources)
        and all(t.country in countries and t.code not in codes for t in targets)
        and all(t.code != t.country for t in targets)
    )
