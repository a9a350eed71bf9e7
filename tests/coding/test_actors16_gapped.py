"""actors16: gapped coordination, a second object whose verb the text leaves out. Sentences
are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_gapped_second_accused_is_a_target_too(rules_coder):
    text = "Kenya accused Rwanda of arming the rebels, and Uganda of harbouring them."
    triples = event_triples(rules_coder, text)
    assert ("KEN", "RWA", "1123") in triples
    assert ("KEN", "UGA", "1123") in triples


@pytest.mark.slow
def test_a_gapped_second_addressee_of_an_appeal(rules_coder):
    text = "France urged Mali to hold elections, and Niger to release the president."
    triples = event_triples(rules_coder, text)
    assert {t for _s, t, _c in triples} >= {"MLI", "NER"}


@pytest.mark.slow
def test_both_accused_governments_deny(rules_coder):
    text = (
        "Kenya accused Rwanda of arming the rebels, and Uganda of harbouring them. "
        "Both governments denied the accusations."
    )
    sources = {s for s, _t, c in event_triples(rules_coder, text) if c == "016"}
    assert sources == {"RWAGOV", "UGAGOV"}


@pytest.mark.slow
def test_a_conjunct_with_no_parallel_complement_is_no_object(rules_coder):
    # "and China too": no "of"/"to" complement after it as after the first object
    text = "Russia accused Japan of provocation, and China too."
    assert not any(t == "CHN" for _s, t, _c in event_triples(rules_coder, text))
