"""actors25b: the plural of a divided country's name ("both Koreas", "the two Koreas") names
both its states. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_both_koreas_as_target_are_both_states(rules_coder):
    text = "Japan on Monday urged both Koreas to avoid any escalation."
    targets = {t[:3] for s, t, c in event_triples(rules_coder, text) if s.startswith("JPN") and t}
    assert targets == {"PRK", "KOR"}


@pytest.mark.slow
def test_a_singular_name_is_no_pair(rules_coder):
    text = "Japan on Monday urged Korea to avoid any escalation."
    targets = {t[:3] for s, t, c in event_triples(rules_coder, text) if s.startswith("JPN") and t}
    assert not targets & {"PRK"}
