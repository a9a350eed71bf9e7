"""A definite generic group noun that refers back to the named group of its kind.

"Hamas fighters crossed into Israel ... The militants killed some 1,200 people": a definite
noun of a group with no owner of its own ("the militants", "the rebels", "the insurgents")
repeats the latest named actor whose code carries the same agent code (Hamas, PSEREBHMS, is
a group of rebels, REB), so the group's country is that actor's, not the document's focus
or none at all. An indefinite noun ("militants attacked a post") introduces a new group and
keeps the other readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.actors import country_codes
from multivector.coding.coref import SalienceTracker
from multivector.coding.syntax import definite


def named_group_country(h: Token, agent: str, tracker: SalienceTracker) -> str | None:
    """The country of the latest named actor of agent ``agent`` a definite ``h`` repeats."""
    if not definite(h) or len(agent) != 3:
        return None
    countries = country_codes()
    found = tracker.recent(  # a named group: country, agent and a tag of its own (PSEREBHMS)
        lambda a: len(a.code) > 6 and a.code[3:6] == agent and a.code[:3] in countries,
        set(),
        prefer_subject=False,
        before=h.idx,
    )
    return found.code[:3] if found is not None else None
