"""A bare state organ named in an act of the country a text is about is that country's own
("Ecuador's defence minister warned that the army would act": Ecuador's army, not the army of
a country named in passing; coding/phrases.py, ``PhraseResolver.owner_state``), and an act whose
only party is the source's own side is a domestic act on its own country (coding/arguments.py,
``pair_up``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Protesters blocked roads across Ecuador on Monday. Ecuador's former president "
            "lives in Belgium. Ecuador's defence minister warned that the army would act with "
            "force if protesters seized more oil wells.",
            "ECU",
        ),
        (
            "Farmers blocked highways across Paraguay. The union's leader fled to Brazil last "
            "year. Paraguay's interior minister warned that the police would clear the roads "
            "by force.",
            "PRY",
        ),
        (
            "Dockers shut the ports across Chile on Tuesday. Their leader was born in Peru. "
            "Chile's interior minister warned that the police would end the strike by force.",
            "CHL",
        ),
    ],
)
def test_a_warning_about_the_own_forces_is_domestic(coder, text, country):
    events = _events(coder, text)
    threats = [(s, t) for s, t, c in events if c.startswith("13") and s.startswith(country)]
    assert threats, events
    assert all(t == country for _, t in threats), events
