"""names49: names of the Congo crisis and of Nicaragua's revolution in period copy: Leopoldville
is the Congo's capital until its renaming, Elisabethville and Stanleyville are Congolese places,
and "Sandinista" names the Sandinistas as "Sandinistas" does. Sentences are written for these
tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

# a period name, the date of its text, and the state its actor is coded as
PERIOD_NAMES = [
    ("Leopoldville asked the United Nations for troops.", "1960-07-14", "COD"),
    ("Rebels in Stanleyville seized forty Belgian hostages.", "1964-09-20", "COD"),
    ("Gendarmes in Elisabethville fired on Indian soldiers of the UN force.", "1961-09-14", "COD"),
    ("Sandinista units shelled the rebel camps near the border.", "1986-03-20", "NIC"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "source"), PERIOD_NAMES)
def test_a_period_name_is_its_state(rules_coder, text, date, source):
    triples = event_triples(rules_coder, text, date=date)
    assert any(s.startswith(source) for s, _t, _c in triples), triples
