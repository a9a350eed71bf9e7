"""rules13: acts reported in the passive or with a noun of their level: forces placed on "a
higher state of alert" (152, `ALERT_LEVEL` in coding/data/verbs.yaml), an envoy "called home"
(161, the owner's act: `owner_moved_verbs` in lang/en/words.yaml). Sentences are written for
these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean troops were placed on a higher state of alert on Monday.", ("CHLMIL", "152")),
        ("Egypt put its air force on a state of combat readiness.", ("EGY", "152")),
    ],
)
def test_a_state_of_alert_is_an_alert(rules_coder, text, expected):
    assert expected in {(s, c) for s, _t, c in event_triples(rules_coder, text)}


@pytest.mark.slow
def test_an_envoy_called_home_is_recalled(rules_coder):
    text = "Argentina called its ambassador home from Caracas."
    assert ("ARG", "VENGOV", "161") in event_triples(rules_coder, text)


@pytest.mark.slow
def test_an_envoy_called_home_in_the_passive_is_the_owners_recall(rules_coder):
    text = "Peru's ambassador in Santiago has been called home."
    triples = event_triples(rules_coder, text)
    assert any(s == "PERGOV" and c == "161" for s, _t, c in triples)
    assert not any(c.startswith("04") for _s, _t, c in triples)
