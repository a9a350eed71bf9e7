"""rules13: an act called a milestone or a breakthrough is praised (051, `ACCLAIM` in
coding/data/verbs.yaml), as one called a smear is criticised (111); an envoy granted asylum in
the country where he serves is the host's act (`host_verbs` in lang/en/words.yaml). Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president called the Ugandan decision a breakthrough.", ("KENGOV", "UGA", "051")),
        (
            "The United Nations called the Cambodian verdict a milestone for international justice.",
            ("IGOUNO", "KHM", "051"),
        ),
    ],
)
def test_an_act_called_a_milestone_is_praised(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_telephone_call_stays_a_call(rules_coder):
    text = "The Kenyan president called Ugandan President Museveni on Tuesday."
    assert not any(c == "051" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_asylum_granted_to_an_envoy_is_the_hosts(rules_coder):
    text = "The Polish ambassador in Washington has been granted political asylum."
    assert ("USA", "POLGOV", "075") in event_triples(rules_coder, text)
