"""actors25b: an armed force in the "of" phrase of an act's noun, owned by another party than the
source, names the target before a place ("demanded the withdrawal of Libyan troops from Chad":
Libya). Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_withdrawal_demand_targets_the_forces_owner(rules_coder):
    text = "On Friday, Nigeria demanded the withdrawal of Libyan troops from Chad."
    targets = {t[:3] for s, t, c in event_triples(rules_coder, text) if c.startswith("10") and t}
    assert "LBY" in targets and "TCD" not in targets

