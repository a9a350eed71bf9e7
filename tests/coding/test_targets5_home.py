"""A country's own actor acting with no other party named, in a text about that country, acts
on that country (``home_target_codes`` in ontology/data/policy.yaml; coding/arguments.py,
``ArgumentFinder.home_target``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events

from multivector.ontology import load_ontology

HOME = ("05", "08", "11", "17")


def test_policy_lists_domestic_roots_but_not_statements_or_meetings():
    policy = load_ontology().policy
    assert policy.takes_home_target("0831")
    assert policy.takes_home_target("116")
    assert not policy.takes_home_target("010")
    assert not policy.takes_home_target("040")
    assert not policy.takes_home_target("070")
    assert not policy.takes_home_target("057")  # a signed agreement has another party


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Peru's economy shrank again in March. Peru's cabinet resigned on Monday after "
            "weeks of protests in Lima, and Peru's president promised new elections.",
            "PER",
        ),
        (
            "Malawi has been short of fuel for months. A court in Malawi sentenced three men "
            "to life in prison on Thursday, the latest case in Malawi's anti-graft drive.",
            "MWI",
        ),
        (
            "Ecuador's president said on Sunday that Ecuador would hold a referendum. Ecuador's "
            "prime minister apologised for the abuses of the past decade.",
            "ECU",
        ),
    ],
)
def test_a_domestic_act_with_no_other_party_targets_the_own_country(coder, text, country):
    events = _events(coder, text)
    domestic = [(s, t, c) for s, t, c in events if s.startswith(country) and c[:2] in HOME]
    assert domestic, events
    assert all(t == country for _, t, _ in domestic), events


@pytest.mark.slow
def test_a_foreign_actor_gets_no_home_target(coder):
    # a text about Kenya: Uganda's cabinet resigning is no domestic event of Uganda's here
    text = (
        "Kenya raised fuel prices on Monday. Kenya's traders protested in Nairobi. "
        "Uganda's cabinet resigned on Tuesday."
    )
    events = _events(coder, text)
    assert not any(s.startswith("UGA") and t == "UGA" for s, t, _ in events), events
