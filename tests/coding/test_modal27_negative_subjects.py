"""modal27: a negative subject says that no one acted ("no country condemned", "none of the
members voted", "neither side fired", "nobody attended"); the "no" of a comparative quantity
("no fewer than twenty soldiers") does not. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "No African government condemned Iran.",
        "Neither government recognised Kosovo.",
        "Neither Chile nor Peru recognised Kosovo.",
        "No Chilean official met the Bolivian president.",
        "No one in Ghana has been detained by the police.",
        "None of the three suspects has been arrested by Ghana.",
    ],
)
def test_a_negative_subject_codes_no_event(rules_coder, text):
    assert event_triples(rules_coder, text) == set()


@pytest.mark.slow
def test_the_affirmative_is_still_coded(rules_coder):
    assert ("CHLGOV", "BOLGOV", "040") in event_triples(
        rules_coder, "A Chilean official met the Bolivian president."
    )


@pytest.mark.slow
def test_no_fewer_than_is_a_quantity_not_a_negation(rules_coder):
    triples = event_triples(rules_coder, "No fewer than twenty Ugandan soldiers attacked Kenyan police.")
    assert ("UGAMIL", "KENCOP", "190") in triples
