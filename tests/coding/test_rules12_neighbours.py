"""rules12: "the two neighbours" in a story of conflict are its two sides when they are two
countries (grammar.yaml side_nouns; phrases.conflict_sides), not the last two countries named.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_two_neighbours_are_the_sides_of_the_conflict(rules_coder):
    text = (
        "Eritrean artillery shelled the Ethiopian town of Zalambessa on Monday. "
        "Qatar and Turkey offered to mediate. Kenya called on the two neighbours to exercise "
        "restraint."
    )
    targets = {t for s, t, c in event_triples(rules_coder, text) if s == "KEN" and c == "0256"}
    assert targets == {"ERI", "ETH"}
