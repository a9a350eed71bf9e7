"""An ambiguous place name read as the one of its countries the document names
(coding/generic.py ``named_candidate``): "Dover" in a story on Britain and France is the
English port, not the American town. The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_an_ambiguous_town_of_a_named_country(rules_coder):
    text = (
        "Britain and France signed a migration deal in Paris on Friday. "
        "The French interior minister said France would patrol its beaches.\n\n"
        "Several hundred people demonstrated in Dover on Saturday against the deal."
    )
    sources = {s[:3] for s, _t, c in event_triples(rules_coder, text) if c.startswith("14")}
    assert sources == {"GBR"}


def test_no_candidate_named_no_country(rules_coder):
    text = (
        "Chile and Peru signed a fisheries deal in Lima on Friday. "
        "The Peruvian minister said Peru would patrol its coast.\n\n"
        "Several hundred people demonstrated in Dover on Saturday against the deal."
    )
    sources = {s[:3] for s, _t, c in event_triples(rules_coder, text) if c.startswith("14")}
    assert not sources & {"GBR", "USA"}
