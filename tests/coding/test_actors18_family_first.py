"""actors18: after a leader's two-word name whose family name comes first ("Hu Jintao"), the
first word standing alone later is the same person ("Hu arrived"); not when another capitalised
name stands beside it ("Sergei Ivanov" after "Sergei Lavrov"). Sentences are written for these
tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_family_name_first_stands_for_the_leader(rules_coder):
    text = (
        "Chinese President Hu Jintao opened a bridge on Monday. Hu later met Mongolian "
        "officials in Ulan Bator."
    )
    triples = event_triples(rules_coder, text, date="2008-06-10")
    assert any(s == "CHNGOV" and c == "040" for s, _t, c in triples), triples


@pytest.mark.slow
def test_a_given_name_before_another_surname_is_not_the_leader(rules_coder):
    text = (
        "Russian Foreign Minister Sergei Lavrov opened an embassy on Monday. Sergei Markov "
        "criticised Georgia on Tuesday."
    )
    triples = event_triples(rules_coder, text, date="2008-06-10")
    assert not any(s == "RUSGOV" and c.startswith("11") for s, _t, c in triples), triples
