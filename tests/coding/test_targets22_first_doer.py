"""targets22: a reaction to an act several actors did together ("US and British warplanes
struck ...; Oman condemned the strikes") answers the first named, the act's leading doer, not
the last one coded (``antecedents.first_doer``). Sentences are written for these tests (none is
from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_joint_strike_is_answered_to_its_first_doer(rules_coder):
    text = (
        "American and British warplanes struck rebel targets in Yemen on Thursday. "
        "Oman condemned the strikes."
    )
    triples = event_triples(rules_coder, text, date="2024-01-12")
    condemned = {t for s, t, c in triples if s == "OMN" and c.startswith("111")}
    assert condemned and all(t.startswith("USA") for t in condemned), triples


@pytest.mark.slow
def test_a_lone_doer_is_still_answered(rules_coder):
    text = "Russian jets bombed the town of Idlib on Monday. Turkey condemned the bombing."
    triples = event_triples(rules_coder, text, date="2024-01-12")
    assert any(s == "TUR" and (t or "").startswith("RUS") for s, t, _c in triples), triples
