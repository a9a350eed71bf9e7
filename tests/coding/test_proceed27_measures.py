"""proceed27: a sanction stated as decided ("will now expel") is the act, not a threat; under a
condition it stays a threat. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_will_now_expel_is_an_expulsion(rules_coder):
    triples = event_triples(
        rules_coder, "The minister said that Norway will now expel four Iranian diplomats."
    )
    assert any(s == "NOR" and c == "161" for s, _t, c in triples)
    assert not any(c.startswith("13") for _s, _t, c in triples)


@pytest.mark.slow
def test_a_conditional_expulsion_stays_a_threat(rules_coder):
    triples = event_triples(
        rules_coder, "Norway would now expel four Iranian diplomats if Tehran refused to cooperate."
    )
    assert not any(c == "161" for _s, _t, c in triples)
