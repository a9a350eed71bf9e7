"""Session 57's actor entries: each case is a sentence written for these tests and the source and
target one of its events must carry, with a code prefix.

- ``organizations.yaml``: "the Liberation Tigers" is a name of the LTTE as news writes it, so a
  later "the Tigers" is read back to the group (``org_short_names``).
- ``agents.yaml``: a commandant (of a garrison, a sector, an occupied city) is a military officer;
  a court martial or a military court is a court.
- ``lang/en/grammar.yaml`` ``people_counts``: a force's machines and specialists act for it
  ("aircraft of the junta", "engineers of the French army").

Every case fails at the session's start commit (9a8db47e).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
    (
        "Officials said the Liberation Tigers had placed guns near the camp. "
        "Norway urged the Tigers to lay down their weapons. "
        "The Tigers rejected the call on Wednesday.",
        "2009-02-05",
        ("LKAREB", "NOR", "120"),
    ),
    (
        "The British commandant asked the Soviet commandant to reopen the roads.",
        "1948-11-20",
        ("GBRMIL", "USRMIL", "020"),
    ),
    (
        "A court martial in Colombo sentenced the former army chief to thirty months in prison.",
        "2010-09-30",
        ("LKAJUD", "LKA", "116"),
    ),
    (
        "Engineers of the French army blew up the Soviet transmitter.",
        "1948-12-17",
        ("FRAMIL", "USR", "1712"),
    ),
    (
        "Planes of the Malian army attacked the rebel base.",
        "2012-03-23",
        ("MLIMIL", "", "195"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_the_actor_is_named(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples
