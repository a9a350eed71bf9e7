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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Jean-Yves Le Drian", "2013-06-01", "FRAGOV"),
        ("Ehud Barak", "2010-06-01", "ISRGOV"),
        ("Marise Payne", "2016-06-01", "AUSGOV"),
    ],
)
def test_a_defence_term_of_a_person_listed_for_another_office(rules_coder, name, date, code):
    text = f"Defence Minister {name} criticised Iran on Tuesday."
    assert (code, "IRN", "111") in event_triples(rules_coder, text, date=date)
