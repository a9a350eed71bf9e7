"""Acts two sides trade ("traded protests", "exchanged accusations") and knowledge a group
shares among itself ("the two navies share radar data"): reciprocal patterns of 114, 112, 064.

Sentences written for these tests, through the coder.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder(rules_coder):
    """The rules alone (tests/conftest.py)."""
    return rules_coder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "parties"),
    [
        ("Peru and Chile traded diplomatic protests on Friday.", "114", {"PER", "CHL"}),
        ("Japan and China exchanged formal protests over the islands.", "114", {"JPN", "CHN"}),
        ("Serbia and Croatia traded accusations on Monday.", "112", {"SRB", "HRV"}),
        ("Sudan and Chad exchanged allegations over the raid.", "112", {"SDN", "TCD"}),
        ("The Danish and Norwegian coast guards share radar data.", "064", {"DNK", "NOR"}),
        ("Kenya and Uganda pooled their intelligence last year.", "064", {"KEN", "UGA"}),
    ],
)
def test_an_exchange_is_an_act_between_the_two_sides(coder, text, code, parties):
    found = [e for e in coder.code_text(text) if e.cameo == code]
    assert found
    assert all({e.source.country, e.target.country} == parties for e in found)
