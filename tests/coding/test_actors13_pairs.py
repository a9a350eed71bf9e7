"""actors13: a counted pair's act of war that names no one else is aimed at each other.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_both_governments_mobilise_against_each_other(rules_coder):
    text = (
        "Eritrean troops shelled Ethiopian positions near Badme. Both governments have called "
        "up reservists."
    )
    triples = event_triples(rules_coder, text)
    assert {("ERIGOV", "ETHGOV", "154"), ("ETHGOV", "ERIGOV", "154")} <= triples


@pytest.mark.slow
def test_the_two_governments_ceasefire_is_between_them(rules_coder):
    text = (
        "Kyrgyz and Tajik border guards exchanged fire on Friday. The two governments announced "
        "a ceasefire on Saturday."
    )
    triples = event_triples(rules_coder, text)
    assert ("KGZGOV", "TJKGOV", "0871") in triples


@pytest.mark.slow
def test_a_partner_named_with_with_is_the_target(rules_coder):
    text = (
        "The presidents of Chile and Peru met in Lima. The two leaders declared a ceasefire in "
        "their trade dispute with Bolivia."
    )
    triples = event_triples(rules_coder, text)
    assert not any(c == "0871" and t in ("CHLGOV", "PERGOV") for _s, t, c in triples)
