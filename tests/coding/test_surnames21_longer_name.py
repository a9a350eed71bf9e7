"""roles21: a bare family name shared with a leader is not that leader when it is the given name
of a longer person's name ("Ali al-Dabbagh") or follows a byname of its own ("Chemical Ali"):
neither is Tunisia's Ben Ali in 2010. Sentences are written for these tests (none is from a gold
file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_given_name_before_a_particle_name_is_not_the_leader(rules_coder):
    triples = event_triples(rules_coder, "Ali al-Dabbagh criticised Israel.", date="2010-01-25")
    assert not any(s.startswith("TUN") for s, _t, _c in triples), triples


@pytest.mark.slow
def test_a_byname_is_not_the_leader(rules_coder):
    text = 'Iraqis called him "Chemical Ali". "Chemical Ali" criticised Israel.'
    triples = event_triples(rules_coder, text, date="2010-01-25")
    assert not any(s.startswith("TUN") for s, _t, _c in triples), triples


@pytest.mark.slow
def test_the_leaders_own_name_stays_the_leader(rules_coder):
    triples = event_triples(rules_coder, "Ben Ali criticised Israel.", date="2010-01-25")
    assert any(s.startswith("TUN") for s, _t, _c in triples), triples
