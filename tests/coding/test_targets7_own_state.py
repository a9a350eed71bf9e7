"""A state speaking of itself names no addressee (coding/own_state.py): "Bolivia's foreign
minister warned that La Paz would respond" is not a threat against Bolivia; the target is the
other side.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import root_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "target", "own"),
    [
        (
            "Chile closed its border with Bolivia on Monday. Bolivia's foreign minister warned "
            "that La Paz would respond with trade measures.",
            "BOLGOV",
            "CHL",
            "BOL",
        ),
        (
            "Kazakhstan raised tariffs on Kyrgyz meat last month. Kyrgyzstan's economy minister "
            "warned that Bishkek could retaliate with limits on Kazakh grain.",
            "KGZGOV",
            "KAZ",
            "KGZ",
        ),
        (
            "Sudan's army seized farmland claimed by Ethiopia. Ethiopia's prime minister warned "
            "that Addis Ababa would defend its territory.",
            "ETHGOV",
            "SDN",
            "ETH",
        ),
    ],
)
def test_own_state_is_not_warned(coder, text: str, source: str, target: str, own: str) -> None:
    got = _events(coder, text)
    assert (source, target, "13") in got
    assert (source, own, "13") not in got
