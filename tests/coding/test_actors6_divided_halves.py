""" "The North" and "the South" in a text that names either Korea are the two Korean states
(coding/groups.py ``divided_half``, data ``divided_halves`` in lang/en/grammar.yaml); in a text
on anything else they are no actor.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        (
            "South Korea resumed propaganda broadcasts along the border. The North's army fired "
            "two rockets toward a South Korean guard post on Monday.",
            "19",
            "PRK",
        ),
        (
            "North Korea tested a cruise missile on Sunday. The South's defence ministry "
            "condemned the test.",
            "11",
            "KOR",
        ),
        (
            "Seoul and Washington began a joint naval drill on Tuesday. The North denounced the "
            "drill as a rehearsal for invasion.",
            "11",
            "PRK",
        ),
    ],
)
def test_the_north_and_the_south_are_the_korean_states(coder, text, root, source):
    events = _events(coder, text)
    assert any(s.startswith(source) and c[:2] == root for s, _, c in events), events


@pytest.mark.slow
def test_the_north_elsewhere_is_no_state(coder):
    text = (
        "Floods hit the north of England on Monday. The North's mayors criticised the "
        "government for the slow response."
    )
    assert not any(
        s.startswith(("PRK", "KOR")) or (t or "").startswith(("PRK", "KOR"))
        for s, t, _ in _events(coder, text)
    )
