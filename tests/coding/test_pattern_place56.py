"""A town named by a pattern's own preposition is the place force was used on.

"laid siege to Mariupol", "took control of Kherson", "launched an attack on Tyre": the pattern
ends in a preposition that belongs to its noun ("siege to", "control of", "attack on"), so the
town is not the verb's object; it is still where the act happened, and its country (through
the gazetteer) is the target, as for "shelled Kharkiv". Every case failed at the session's
start commit (13ec9a5a: the target was the document's focus, the attacker's own country).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow

CASES = [
    ("Russian forces laid siege to Mariupol.", "2022-03-02", ("RUS", "UKR", "191")),
    ("Russian troops took control of Kherson.", "2022-03-03", ("RUS", "UKR", "192")),
    ("Israeli troops launched an attack on Tyre.", "2006-07-20", ("ISR", "LBN", "190")),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_the_town_of_the_pattern_preposition_is_the_target(rules_coder, text, date, want):
    source, target, code = want
    triples = event_triples(rules_coder, text, date=date)
    assert has_event(triples, source, target, code), triples
