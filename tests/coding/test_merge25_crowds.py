"""merge25: a counted crowd that marches, rallies or takes to the streets, with no "of" phrase
naming who, is the civilians of the place it is in (coding/phrases.py, ``crowd_verbs`` in
lang/en/grammar.yaml); a counted subject of any other verb stays unresolved. Sentences are
written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in Nairobi on Sunday against the new tax.",
        "Hundreds took to the streets of Nairobi to protest against the tax.",
    ],
)
def test_a_counted_crowd_in_the_street_is_the_places_civilians(rules_coder, text):
    sources = {s for s, _t, code in event_triples(rules_coder, text) if code.startswith("14")}
    assert "KENCVL" in sources


def test_a_counted_subject_of_another_verb_is_no_crowd(rules_coder):
    triples = event_triples(rules_coder, "Thousands signed a petition in Nairobi on Sunday.")
    assert not any(s == "KENCVL" for s, _t, _c in triples)
