"""actors29: a force crossing its own country's border acts on the country across it, not on
its own country; a place beyond the border names that country. Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_crossing_the_frontier_towards_a_foreign_town(rules_coder):
    text = (
        "Fighting between Chad and Sudan went on for a week. Chadian troops crossed the "
        "frontier towards Geneina on Monday."
    )
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("TCD") and t == "SDN" and c.startswith("19") for s, t, c in triples)
    assert not any(s.startswith("TCD") and t == "TCD" and c.startswith("19") for s, t, c in triples)


@pytest.mark.slow
def test_a_border_town_is_not_the_border(rules_coder):
    text = (
        "Chad said on Monday that it had closed its embassy. In the border town of Abeche, "
        "Chadian soldiers opened fire on protesters."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s.startswith("TCD") and t == "SDN" for s, t, _c in triples)
