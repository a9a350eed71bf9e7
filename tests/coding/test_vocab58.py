"""Session 58's dictionary entries, on sentences written for these tests: "called on" a person
is a visit (042) when nothing follows or the call is to talk, tell or thank; an appeal (02x)
when another infinitive follows (``verbs.yaml`` 042 and 020, class ``HOST_OFFICIAL``).

The two visits fail at the session's start (df70ff35: 020); the appeal passes there too."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples, has_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The British ambassador called on the Yugoslav foreign minister on Tuesday.",
        "The British ambassador called on the Yugoslav foreign minister on Tuesday "
        "to discuss the border.",
    ],
)
def test_calling_on_a_minister_is_a_visit(rules_coder, text):
    triples = event_triples(rules_coder, text, date="1949-07-12")
    assert has_event(triples, "GBR", "YUG", "042"), triples
    assert not any(c.startswith("02") for _, _, c in triples), triples


def test_calling_on_a_president_to_resign_is_an_appeal(rules_coder):
    triples = event_triples(
        rules_coder, "Kenya's parliament called on President Moi to resign.", date="1999-03-01"
    )
    assert any(c.startswith("02") for _, _, c in triples), triples
    assert not any(c == "042" for _, _, c in triples), triples
