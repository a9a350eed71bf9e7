"""rules13: acts the coder did not recognise in features, bulletins and reports: a joint act
continued is the act (062), a force falling back to its base retreats (0874), crossing points
closed (191), intelligence passed on (064), a report called a smear (111). Sentences are written
for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canadian troops continued joint patrols with Latvian forces near the border.",
            ("CANMIL", "LVAMIL", "062"),
        ),
        ("Kenya has closed all crossing points on the Somali border.", ("KEN", "SOM", "191")),
        (
            "Moroccan intelligence had passed on the names of several suspects to Spanish police.",
            ("MARSPY", "ESPCOP", "064"),
        ),
        (
            "Kenya's foreign minister called the Ugandan report a political smear.",
            ("KENGOV", "UGA", "111"),
        ),
        ("The Chilean president called the Peruvian election a fraud.", ("CHLGOV", "PER", "111")),
    ],
)
def test_acts_of_new_genres(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_a_force_falling_back_to_its_base_retreats(rules_coder):
    text = "The Dutch battalion withdrew to its base at Potocari."
    assert any(s == "NLDMIL" and c == "0874" for s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_troops_brought_home_are_withdrawn(rules_coder):
    text = "Spain brought its troops home from Iraq in May."
    assert any(s == "ESP" and c == "0874" for s, _t, c in event_triples(rules_coder, text))
