"""proceed27: a counted group noun ("the four countries") stands for the list of exactly that
many countries named shortly before. Sentences are written for these tests (none is from a
gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_four_countries_are_the_four_listed_before(rules_coder):
    triples = event_triples(
        rules_coder,
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt have given Qatar ten days to "
        "accept a list of demands. Turkey and Iran criticised the move. "
        "The four countries cut diplomatic ties with Qatar in June.",
        date="2017-06-20",
    )
    cut = {s for s, t, c in triples if c == "161" and t == "QAT"}
    assert cut == {"SAU", "ARE", "BHR", "EGY"}


@pytest.mark.slow
def test_the_three_countries_are_the_three_listed_before(rules_coder):
    triples = event_triples(
        rules_coder,
        "Ukraine filed complaints on Monday against Poland, Hungary and Slovakia over their "
        "policies. The three countries imposed bans on imports of Ukrainian grain on Friday.",
        date="2023-09-20",
    )
    banned = {s for s, _t, c in triples if c.startswith("163")}
    assert {"POL", "HUN", "SVK"} <= banned
