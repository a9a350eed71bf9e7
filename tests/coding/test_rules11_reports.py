"""rules11: more reported acts are accusations (coding/reports.py, data/reports.yaml).

A reported cyber attack (176), seizure (171) or violated agreement (128) accuses its doer; the
state the coder supplies for an agentless passive is no doer a report names. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.coding.reports import report_policy


@pytest.mark.parametrize(
    ("cameo", "accuses"),
    [
        ("190", True),
        ("1831", True),
        ("176", True),  # a cyber attack
        ("1711", True),  # property seized
        ("128", True),  # an agreement violated
        ("173", False),  # an arrest is reported, not alleged
        ("120", False),
    ],
)
def test_which_reported_acts_accuse(cameo, accuses):
    assert report_policy().accuses(cameo) is accuses


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Estonia said Russian military hackers had hacked into the networks of its ministries.",
            ("EST", "RUSCRM", "1123"),  # accuse19: a cyber attack is aggression (policy)
        ),
        (
            "India said on Sunday that Pakistan had violated the border agreement.",
            ("IND", "PAK", "112"),
        ),
    ],
)
def test_a_reported_hostile_act_is_an_accusation(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_passive_with_no_agent_accuses_no_one(rules_coder):
    found = event_triples(rules_coder, "Argentina said no British ship had been damaged.")
    assert not any(c.startswith("112") for _s, _t, c in found)
