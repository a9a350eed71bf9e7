"""rules13: aid carried, ferried or flown in by the load ("a similar volume of arms", "ten tonnes
of biscuits": `quantity_nouns` in lang/en/grammar.yaml) is aid of its kind: weapons 072, relief
073. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian aircraft have flown a large volume of arms to Syria.", ("RUS", "SYR", "072")),
        (
            "American transport planes have carried 5,000 tons of tanks and shells to Israel.",
            ("USA", "ISR", "072"),
        ),
        ("Japan airlifted ten tonnes of high-energy biscuits to Ethiopia.", ("JPN", "ETH", "073")),
        ("Turkey has been sending planeloads of dairy products to Qatar.", ("TUR", "QAT", "073")),
    ],
)
def test_a_load_of_aid_is_aid(rules_coder, text, expected):
    assert expected in event_triples(rules_coder, text)


@pytest.mark.slow
def test_an_amount_of_a_commodity_stays_trade(rules_coder):
    text = "Chile exported a record amount of copper to China."
    assert ("CHL", "CHN", "061") in event_triples(rules_coder, text)
