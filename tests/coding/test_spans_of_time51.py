"""lexicon51: a span of hours counts what follows "of" as days and weeks do ("held two hours of
talks": talks, 040). Sentences are written for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

pytestmark = pytest.mark.slow


def test_hours_of_talks_are_talks(rules_coder):
    triples = event_triples(
        rules_coder,
        "The Italian prime minister and Colonel Qaddafi held two hours of talks in Benghazi.",
        date="2008-08-30",
    )
    assert any(c.startswith("04") and {s[:3], (t or "")[:3]} == {"ITA", "LBY"} for s, t, c in triples), triples
