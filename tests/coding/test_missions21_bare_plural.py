"""roles21: a bare plural "peacekeepers" or "inspectors" (`mission_bare_nouns` in
lang/en/people.yaml) after a mission is named is that mission, like "the peacekeepers"; an
owner of their own or no mission named keeps the other rules. Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

TEXT = (
    "The UN mission in Congo, MONUSCO, said the rebels had advanced on Goma. "
    "Peacekeepers fired on the rebels from attack helicopters on Sunday."
)


@pytest.mark.slow
def test_bare_peacekeepers_are_the_mission(rules_coder):
    triples = event_triples(rules_coder, TEXT, date="2012-11-20")
    assert any(s.startswith("IGOUNO") and c == "193" for s, _t, c in triples), triples


@pytest.mark.slow
def test_peacekeepers_of_a_country_stay_its_own(rules_coder):
    text = TEXT.replace("Peacekeepers fired", "Kenyan peacekeepers fired")
    triples = event_triples(rules_coder, text, date="2012-11-20")
    assert not any(s.startswith("IGO") and c == "193" for s, _t, c in triples), triples


@pytest.mark.slow
def test_bare_observers_are_not_made_the_mission(rules_coder):
    text = TEXT.replace("Peacekeepers fired", "Observers fired")
    triples = event_triples(rules_coder, text, date="2012-11-20")
    assert not any(s.startswith("IGO") and c == "193" for s, _t, c in triples), triples
