"""actors28: a capitalised body noun with a name of its own is not the organisation last
spoken of. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_named_national_commission_is_not_the_last_organisation(rules_coder):
    text = (
        "The European Union sent observers to Zambia. The Zambia Electoral Commission said it "
        "was investigating why ballot papers had arrived late."
    )
    triples = event_triples(rules_coder, text)
    assert not any(s == "IGOEUREEC" and c.startswith("09") for s, _t, c in triples)


@pytest.mark.slow
def test_a_bare_capitalised_commission_is_the_last_organisation(rules_coder):
    text = (
        "The European Union sent observers to Zambia. The Commission said it would investigate "
        "the delays in Zambia."
    )
    triples = event_triples(rules_coder, text)
    assert any(s == "IGOEUREEC" and c.startswith("09") for s, _t, c in triples)
