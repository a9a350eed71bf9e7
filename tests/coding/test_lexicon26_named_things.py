"""lexicon26: a capital that begins the name of an agreement or forum is not its government.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_capital_naming_an_agreement_is_no_actor(rules_coder):
    text = "Morocco denounced the Lisbon Accord in a statement to Mauritania."
    triples = event_triples(rules_coder, text, date="2001-06-01")
    assert not any("PRT" in (s, (t or "")[:3]) or s.startswith("PRT") for s, t, _c in triples), (
        triples
    )


@pytest.mark.slow
def test_a_creditor_club_is_not_the_capital_s_government(rules_coder):
    text = "Ghana asked the Paris Club to restructure its debt."
    triples = event_triples(rules_coder, text, date="2023-01-10")
    assert not any((t or "").startswith("FRA") for _s, t, _c in triples), triples


@pytest.mark.slow
def test_the_capital_before_a_common_noun_is_still_the_government(rules_coder):
    text = "Ghana asked Paris to restructure its debt."
    triples = event_triples(rules_coder, text, date="2023-01-10")
    assert any((t or "").startswith("FRA") for _s, t, _c in triples), triples
