"""Session 57's dictionary and actor entries, one table: each case is a sentence written for these tests and the source and
target one of its events must carry, with a code prefix.

- ``organizations.yaml``: "the Liberation Tigers" is a name of the LTTE as news writes it, so a
  later "the Tigers" is read back to the group (``org_short_names``).
- ``agents.yaml``: a commandant (of a garrison, a sector, an occupied city) is a military officer;
  a court martial or a military court is a court.
- ``lang/en/grammar.yaml`` ``people_counts``: a force's machines and specialists act for it
  ("aircraft of the junta", "engineers of the French army").
- ``verbs.yaml`` ``converse_verbs`` of 193, 194 and 195: fire received with its weapon named
  ("came under heavy artillery fire from Pakistani troops") is fire used by the preposition's
  actor on the subject's; a bare "came under fire from" is criticism as often as force, so it
  yields no act of force.

Every case of the table fails at the session's start commit (9a8db47e); the bare "came under fire"
case passes there too.
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
    (
        "The Indian post came under heavy artillery fire from Pakistani troops.",
        "1999-06-10",
        ("PAK", "IND", "194"),
    ),
    (
        "The Lebanese town came under heavy bombardment from Israeli gunboats.",
        "1982-07-02",
        ("ISR", "LBN", "194"),
    ),
    (
        "The American patrol came under rifle fire from Dominican rebels.",
        "1965-05-10",
        ("DOM", "USA", "193"),
    ),
    (
        "The Chadian column came under air attack from Libyan jets.",
        "1986-02-16",
        ("LBY", "TCD", "195"),
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_the_entry_names_the_act(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples


def test_fire_of_words_is_not_force(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Kenyan president came under fire from French lawmakers.",
        date="2020-05-10",
    )
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in triples), triples
