"""rules18: "a total of" is a quantity noun and a people count: what follows "of" is the object
the patterns read and the actor ("expelled a total of 20 Russian diplomats" expels envoys, 161).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_total_of_diplomats_expelled_is_a_cut_in_relations(rules_coder):
    text = "Poland expelled a total of 20 Russian diplomats on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "POL" and t.startswith("RUS") and c == "161" for s, t, c in triples), triples
    assert not any(c == "174" for _s, _t, c in triples), triples


@pytest.mark.slow
def test_a_total_of_people_names_their_actor(rules_coder):
    text = "A total of 300 Russian soldiers attacked Georgian villages on Sunday."
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("RUS") for s, _t, _c in triples), triples
