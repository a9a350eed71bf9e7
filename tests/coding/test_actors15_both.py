"""actors15: "both governments" after two countries did one act together are those two.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_both_governments_are_the_two_that_acted_together(rules_coder):
    text = (
        "Rwanda and Uganda sent troops into Congo. "
        "Both governments were criticised by the United Nations."
    )
    triples = event_triples(rules_coder, text)
    targets = {t for s, t, c in triples if s == "IGOUNO" and c.startswith("11")}
    assert targets == {"RWAGOV", "UGAGOV"}


@pytest.mark.slow
def test_both_governments_accused_together_stay_the_accused(rules_coder):
    text = (
        "Kenya accused Rwanda and Uganda of arming the rebels. "
        "Both governments were criticised by the United Nations."
    )
    triples = event_triples(rules_coder, text)
    targets = {t for s, t, c in triples if s == "IGOUNO" and c.startswith("11")}
    assert targets == {"RWAGOV", "UGAGOV"}
