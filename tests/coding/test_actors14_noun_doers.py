"""actors14: a definite event noun in a reaction repeats an earlier mention that named its doer.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_recognition_is_the_one_a_possessive_named(rules_coder):
    text = (
        "Georgia broke off relations with Russia on Friday. The step follows Russia's "
        "recognition of Georgia's two breakaway regions. France condemned the recognition."
    )
    triples = event_triples(rules_coder, text)
    assert ("FRA", "RUS", "111") in triples
    assert not any(s == "FRA" and t and t.startswith("GEO") for s, t, _c in triples)


@pytest.mark.slow
def test_an_adjective_names_the_doer_of_a_blockade(rules_coder):
    text = "Chile praised the Argentine blockade of the islands. Peru condemned the blockade."
    assert ("PER", "ARG", "111") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_by_phrase_names_the_doer(rules_coder):
    text = (
        "The invasion by Iraq of Kuwait began in August. Kuwaiti troops attacked Iraqi "
        "positions. Egypt condemned the invasion."
    )
    assert ("EGY", "IRQ", "111") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_the_reacting_side_is_not_its_own_target(rules_coder):
    text = "Russia's recognition of the regions angered Tbilisi. Russia defended the recognition."
    triples = event_triples(rules_coder, text)
    assert not any(s.startswith("RUS") and t and t.startswith("RUS") for s, t, _c in triples)


@pytest.mark.slow
def test_a_massacre_may_have_been_told_as_firing_on_a_crowd(rules_coder):
    text = (
        "Burmese soldiers opened fire on mourners in Rangoon, killing more than 200 people. "
        "Australia condemned the massacre."
    )
    triples = event_triples(rules_coder, text)
    assert ("AUS", "MMRMIL", "111") in triples  # the soldiers who fired, by the event
