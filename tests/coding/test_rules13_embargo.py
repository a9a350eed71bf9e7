"""rules13: energy cut off or halted by its seller is an embargo, 163 (CAMEO: "stop or restrict
commercial or other material exchange as a form of protest or punishment"), however the stop is
worded; aid cut off stays 162. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April 1990 Moscow cut off oil and gas to Lithuania.", ("USRGOV", "LTU", "163")),
        ("Uzbekistan stopped pumping gas to Tajikistan.", ("UZB", "TJK", "163")),
        ("Britain cut off aid to Rwanda.", ("GBR", "RWA", "162")),
    ],
)
def test_energy_cut_off_is_an_embargo(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text, date="2024-05-01")
