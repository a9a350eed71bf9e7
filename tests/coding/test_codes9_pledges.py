"""codes9: what a pledge gives decides its code: a sum in any currency is economic aid (0331),
a sum pledged "in food aid" humanitarian aid (0333). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China has pledged 100 million yuan to Nepal.", "0331"),
        ("Sweden pledged 200 million kronor to Ukraine.", "0331"),
        ("Finland pledged 40 million markkas in food aid to Ethiopia.", "0333"),
        ("Japan pledged 50 million dollars in humanitarian assistance to Nepal.", "0333"),
        ("Japan pledged 50 million dollars to Nepal.", "0331"),
    ],
)
def test_a_pledge_is_coded_by_what_it_gives(rules_coder, text, code):
    assert {c for _, _, c in event_triples(rules_coder, text)} == {code}
