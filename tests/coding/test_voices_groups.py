"""Counted groups never include the clause's own source (coding/phrases.countries_in_focus).

"Rwanda and Burundi appealed to both governments" means two other governments: the countries
named before the phrase in its sentence are skipped when they are the source, and the group is
the two parties of the latest dispute, else the two countries named last.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "targets"),
    [
        (
            "Kenya raised tariffs on Ugandan sugar, and Uganda retaliated on Monday. Rwanda and "
            "Burundi appealed to both governments to settle the dispute.",
            "RWA",
            {"KENGOV", "UGAGOV"},
        ),
        (
            "Peruvian troops fired on Ecuadorean border posts on Sunday. Chile and Argentina "
            "urged the two governments to show restraint.",
            "CHL",
            {"PERGOV", "ECUGOV"},
        ),
        (
            "Serbia accused Croatia of spying in a note on Tuesday. Slovenia and Austria called "
            "on both governments to hold talks.",
            "SVN",
            {"SRBGOV", "HRVGOV"},
        ),
    ],
)
def test_both_governments_are_two_others(coder, text, source, targets):
    events = _events(coder, text)
    got = {t for s, t, _c in events if s == source}
    assert targets <= got
    assert not any(s[:3] == t[:3] for s, t, _c in events if t)  # never a party to itself
