"""rules14: supplies named by the energy they carry ("halted gas supplies", "oil deliveries")
cut off are an embargo, 163, as "cut off oil and gas" is, not aid cut off (162: `ENERGY` pairs,
and 163 listed before 162 in coding/data/verbs.yaml); talks cut off are halted negotiations, 164.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia halted gas supplies to Ukraine on Monday.", ("RUS", "UKR", "163")),
        ("Russia stopped oil deliveries to Belarus.", ("RUS", "BLR", "163")),
        ("Russia halted aid supplies to Ukraine.", ("RUS", "UKR", "162")),
        ("The United States cut aid to Rwanda.", ("USA", "RWA", "162")),
        ("China cut off talks with the United States on climate change.", ("CHN", "USA", "164")),
    ],
)
def test_what_is_cut_off_decides_the_code(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)
