"""rules11b: a cut in relations with no one named is aimed at the other side (policy
``late_counterpart_codes``, tried after the focus and home readings in coding/arguments.py).

"Bolivia accused Paraguay of massing troops. Paraguay broke off diplomatic relations": with
Bolivia. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

from multivector.ontology import load_ontology


def test_cuts_in_relations_take_a_late_counterpart():
    policy = load_ontology().policy
    assert policy.takes_late_counterpart("161")
    assert policy.takes_late_counterpart("16")
    assert not policy.takes_late_counterpart("057")


@pytest.mark.slow
def test_broke_off_relations_with_the_accuser(rules_coder):
    text = (
        "Bolivia accused Paraguay on Tuesday of massing troops on the border. "
        "Paraguay broke off diplomatic relations on Friday."
    )
    assert ("PRY", "BOL", "161") in event_triples(rules_coder, text)
