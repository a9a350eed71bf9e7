"""A surname two office-holders of different countries share is told apart by their terms.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(("date", "country"), [("2023-06-01", "HND"), ("2005-06-01", "CUB")])
def test_castro_is_the_president_in_office(rules_coder, date, country):
    text = "President Castro met the Chinese foreign minister in the capital."
    sources = {s for s, _t, c in event_triples(rules_coder, text, date=date) if c.startswith("04")}
    assert sources == {country + "GOV"}
