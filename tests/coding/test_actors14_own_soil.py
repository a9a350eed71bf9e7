"""actors14: a country's act on its own people or soil, with no one else acted on, is coded
on that country. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_state_of_emergency_in_its_own_region_is_on_itself(rules_coder):
    text = "Kyrgyzstan declared a state of emergency in the Osh region on Monday."
    assert ("KGZ", "KGZ", "1724") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_people_held_by_the_state_are_its_own(rules_coder):
    text = "Zimbabwe held a runoff on Friday. Dozens of opposition polling agents were arrested."
    assert ("ZWE", "ZWE", "173") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_statement_about_itself_is_no_event_on_itself(rules_coder):
    text = "Chile said Chile would stay in the pact."
    assert not any(s == t for s, t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_another_country_acted_on_keeps_its_target(rules_coder):
    text = "Kyrgyzstan arrested three Tajik border guards on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "KGZ" and t and t.startswith("TJK") and c == "173" for s, t, c in triples)
    assert ("KGZ", "KGZ", "173") not in triples


@pytest.mark.slow
def test_force_with_no_place_named_is_not_on_itself(rules_coder):
    text = "Chile shelled the hills overnight."
    assert ("CHL", "CHL", "194") not in event_triples(rules_coder, text)
