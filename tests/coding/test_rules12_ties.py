"""rules12: relations restored with no doer named are the act of the parties the noun names,
else of the two sides of the story's latest cut in relations (coding/ties.py). Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.ontology import load_ontology


def test_the_policy_names_restorings_and_cuts():
    policy = load_ontology().policy
    assert "050" in policy.ties_party_codes
    assert "161" in policy.ties_cut_codes
    assert "163" not in policy.ties_cut_codes


@pytest.mark.slow
def test_ties_restored_by_the_sides_of_the_latest_cut(rules_coder):
    text = (
        "Senegal froze diplomatic relations with Gambia in 1985. "
        "Ties were restored only in March 1988."
    )
    triples = event_triples(rules_coder, text)
    assert any({s, t} == {"SEN", "GMB"} and c == "050" for s, t, c in triples)


@pytest.mark.slow
def test_relations_between_two_named_parties_restored(rules_coder):
    text = "Diplomatic relations between Chile and Peru were restored in 1990."
    triples = event_triples(rules_coder, text)
    assert any({s, t} == {"CHL", "PER"} and c == "050" for s, t, c in triples)


@pytest.mark.slow
def test_no_cut_no_parties(rules_coder):
    text = "Ties were restored only in March 1988."
    assert not any(c == "050" for _s, _t, c in event_triples(rules_coder, text))
