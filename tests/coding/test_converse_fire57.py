"""Fire received, the other way round (``verbs.yaml`` ``converse_verbs`` of 193, 194 and 195):
"the post came under heavy artillery fire from Pakistani troops" is shelling by the troops'
state of the post's. The weapon must be named: a bare "came under fire from" is criticism as
often as force, so it yields no act of force.

Every force case fails at the session's start commit (9a8db47e).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
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
        "The American patrol came under sniper fire from Dominican rebels.",
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
def test_fire_received_names_its_doer(rules_coder, text, date, want):
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
