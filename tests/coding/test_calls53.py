"""Session 53: "call" is a telephone call (041) only with a person called and the call's
purpose ("called Maduro to tell him ..."): naming ("called Putin a war criminal"), a gathering
called ("called a rally"), a port call and the particles ("called off", "called up") are not.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


def test_a_leader_called_to_say_something_is_a_call(rules_coder):
    text = "Erdogan called Maduro to assure him of Turkey's support."
    triples = event_triples(rules_coder, text, date="2019-01-25")
    assert any(c == "041" for _s, _t, c in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "The opposition called a rally in Bishkek for Saturday.",
        "A Vietnamese frigate called at Da Nang on its way south.",
        "Manila calls the shoal Bajo de Masinloc, and Beijing calls it Huangyan.",
        "Minsk called up two classes of reservists.",
    ],
)
def test_other_calls_are_no_telephone_call(rules_coder, text):
    triples = event_triples(rules_coder, text, date="2019-01-25")
    assert not any(c == "041" for _s, _t, c in triples), triples


def test_a_leader_named_an_insult_is_disapproval(rules_coder):
    triples = event_triples(rules_coder, "Milei called Maduro a dictator.", date="2024-08-01")
    assert any(c.startswith("11") for _s, _t, c in triples), triples
