"""actors29: in a statement, an intent, a consultation or a cooperative act, the doer's own
country named by a word of the object ("a Malian battalion", "any Tunisian role", "their aid
programmes") is no target. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_denying_an_own_role_is_not_aimed_at_oneself(rules_coder):
    text = "Algeria accused Tunisia of the bombing. Tunisia's president denied any Tunisian role in the bombing."
    triples = event_triples(rules_coder, text)
    assert ("TUNGOV", "DZA", "016") in triples
    assert not any(s == "TUNGOV" and t == "TUN" for s, t, _c in triples)


@pytest.mark.slow
def test_a_foreign_modifier_stays_the_target(rules_coder):
    text = "Tunisia's president praised Algerian workers on Monday."
    triples = event_triples(rules_coder, text)
    assert any(s == "TUNGOV" and t is not None and t.startswith("DZA") for s, t, _c in triples)
