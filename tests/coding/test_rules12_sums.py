"""rules12: a sum of money given "in" a kind of aid is that aid (coding/sums.py): "$1.3 billion
in military aid" is military aid (072), "in humanitarian aid" 073; "in aid" alone stays a sum
(071). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has given Pakistan about $1.5 billion a year in military aid.",
            ("USAGOV", "PAK", "072"),
        ),
        (
            "Germany gave Ukraine 500 million euros in military assistance.",
            ("DEU", "UKR", "072"),
        ),
        (
            "Japan provided $20 million in humanitarian aid to Sudan.",
            ("JPN", "SDN", "073"),
        ),
        (
            "Japan provided $20 million in aid to Sudan.",
            ("JPN", "SDN", "071"),
        ),
    ],
)
def test_a_sum_is_the_aid_it_is_given_in(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_promised_sum_of_humanitarian_aid(rules_coder):
    text = "The European Union said it would give five million euros in humanitarian aid to Armenia."
    assert ("IGOEUREEC", "ARM", "0333") in event_triples(rules_coder, text)
