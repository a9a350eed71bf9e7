"""A pronoun subject does not refer to the actor its own clause names as object: in "It
appealed to Myanmar", "it" is not Myanmar (coding/arguments.py, ``ArgumentFinder.sources``
with ``clause_objects``).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker", "addressee"),
    [
        (
            "The UN refugee agency said Myanmar had blocked aid convoys. It appealed to "
            "Myanmar to open the roads.",
            "IGOUNO",
            "MMR",
        ),
        (
            "The European Union said Serbia had delayed the talks. It urged Serbia to return "
            "to the table.",
            "IGOEUREEC",
            "SRB",
        ),
        (
            "The African Union said that Sudan had closed its airspace. It called on Sudan to "
            "reopen it.",
            "IGOAFRAFU",
            "SDN",
        ),
    ],
)
def test_a_pronoun_subject_is_not_its_clause_object(coder, text, speaker, addressee):
    events = _events(coder, text)
    appeals = [(s, t) for s, t, c in events if c.startswith("02")]
    assert appeals, events
    assert all(s.startswith(speaker) and t == addressee for s, t in appeals), events
