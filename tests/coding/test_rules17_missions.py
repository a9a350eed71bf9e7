"""rules17: inspectors, observers or monitors "from"/"of" a named organisation are that
organisation (`mission_owner_prepositions` in lang/en/people.yaml, `missions.named_body`); a
from phrase naming a country does not make them its state. Sentences are written for these tests
(none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_inspectors_from_an_organisation_are_that_organisation(rules_coder):
    text = "Inspectors from the International Atomic Energy Agency arrived in Iran on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "IGOUNOIAE" and c == "042" for s, _t, c in triples), triples


@pytest.mark.slow
def test_observers_from_a_country_are_not_resolved_by_this_rule(rules_coder):
    text = "Observers from Kenya visited Uganda."
    assert not any(s == "KEN" for s, _t, _c in event_triples(rules_coder, text))
