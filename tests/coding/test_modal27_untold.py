"""modal27: a "that"-clause of a verb of saying that is negated or has a negative subject is not
asserted ("did not say that troops had crossed", "no official confirmed that ..."); a verb that
takes its clause as known ("did not mention that ...") still tells it. Sentences are written
for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not say that Ugandan troops had crossed the border.",
        "No Kenyan official confirmed that Ugandan troops had crossed the border.",
    ],
)
def test_an_untold_clause_is_not_coded(rules_coder, text):
    assert not any(c == "192" for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kenya said that Ugandan troops had crossed the border.",
        "Kenya did not mention that Ugandan troops had crossed the border.",
    ],
)
def test_a_told_clause_is_coded(rules_coder, text):
    assert ("UGAMIL", "UGA", "192") in event_triples(rules_coder, text)
