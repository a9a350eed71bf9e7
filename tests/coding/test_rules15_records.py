"""rules15: a record that ranks its subject among others ("was among the first states to
recognise X": `record_prepositions` in lang/en/grammar.yaml) states an act that was done, as
"became the first country to recognise X" does; a purpose infinitive stays no event.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_among_the_first_to_recognise_is_a_recognition(rules_coder):
    text = "Chile was among the first states to recognise the independence of Bolivia."
    assert ("CHL", "BOL", "054") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_purpose_is_not_a_record(rules_coder):
    text = "Chile went to the talks to recognise Bolivia."
    assert not any(c == "054" for _s, _t, c in event_triples(rules_coder, text))
