"""lexicon51: an organ of an organisation speaks for the organisation its "of" phrase names ("the
board of the IAEA", "the leadership of Hamas"), unless a possessive names it first. Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The board of the International Atomic Energy Agency urged Iran to suspend its work.", "IGOUNOIAE"),
        ("The council of ministers of the Arab League condemned the raid on Tunis.", "IGOMEAARL"),
    ],
)
def test_an_organ_speaks_for_its_organisation(rules_coder, text, source):
    triples = event_triples(rules_coder, text, date="2005-08-12")
    assert any(s == source for s, _t, _c in triples), triples


def test_a_possessive_names_the_owner_first(rules_coder):
    text = "The OAU's committee of heads of state urged Eritrea to accept the plan."
    triples = event_triples(rules_coder, text, date="1998-06-16")
    assert any(s == "IGOAFROAU" and t and t.startswith("ERI") for s, t, _c in triples), triples
