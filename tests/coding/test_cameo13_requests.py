"""cameo13: what an appeal or a demand asks for, on sentences written for these tests: the
infinitive of its request noun ("renewed an appeal to Spain to extradite ..."), people wanted by
justice handed over (063: a demand for it 1013), aircraft returned as property (0842), another
pressed to do an act (a demand of it)."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act named by the request noun's infinitive
        ("France renewed its appeal to Spain to extradite the suspects.", ("FRA", "ESP", "0213")),
        ("Chile renewed its appeal to Peru to resume talks.", ("CHL", "PER", "026")),
        # wanted people handed over: judicial cooperation, and demanded
        ("Pakistan handed over the two killers to Afghanistan.", ("PAK", "AFG", "063")),
        ("Britain said that Libya must hand over the bombers.", ("GBR", "LBY", "1013")),
        # an aircraft is property returned
        ("Russia said that Georgia must return the seized helicopter.", ("RUS", "GEO", "1053")),
    ],
)
def test_cameo13_requested_acts(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    assert expected in triples, (text, triples)


@pytest.mark.slow
def test_an_appeal_naming_no_act_stays_residual(rules_coder):
    triples = event_triples(rules_coder, "Chile renewed its appeal to Peru.")
    assert ("CHL", "PER", "020") in triples, triples


@pytest.mark.slow
def test_prisoners_handed_over_are_released(rules_coder):
    triples = event_triples(rules_coder, "Syria handed over 20 prisoners to Jordan.")
    assert ("SYR", "JOR", "0841") in triples, triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pressing another to do an act demands it, refined by the act
        ("Britain pressured Iran to release the detained sailors.", ("GBR", "IRN", "1053")),
        ("Japan pressured China to resume talks.", ("JPN", "CHN", "106")),
        # pressure with no act named stays coercion
        ("The United States pressured Pakistan.", ("USA", "PAK", "170")),
    ],
)
def test_cameo13_pressure(rules_coder, text, expected):
    triples = event_triples(rules_coder, text)
    assert expected in triples, (text, triples)
