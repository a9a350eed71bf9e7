"""actors18: Estonia's foreign ministers with their terms (Paet, Mikser, Reinsalu, Liimets).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("Urmas Paet", "2009-03-01"),
        ("Sven Mikser", "2018-03-01"),
        ("Urmas Reinsalu", "2020-03-01"),
        ("Eva-Maria Liimets", "2022-03-01"),
    ],
)
def test_estonian_foreign_ministers_in_office(rules_coder, name, date):
    triples = event_triples(rules_coder, f"{name} criticised Russia on Tuesday.", date=date)
    assert ("ESTGOV", "RUS", "111") in triples, triples


@pytest.mark.slow
def test_reinsalu_before_his_first_term_is_no_minister(rules_coder):
    triples = event_triples(rules_coder, "Urmas Reinsalu criticised Russia.", date="2018-03-01")
    assert ("ESTGOV", "RUS", "111") not in triples, triples
