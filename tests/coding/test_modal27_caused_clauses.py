"""modal27: the clause with its own subject that a verb lets, helps or makes happen ("allowed
Ugandan troops to cross", "helped Uganda evade sanctions") happens only if that verb's act does:
not under a negated, intended or offered permission or help. Sentences are written for these
tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kazakhstan will not help Russia evade American sanctions.", "128"),
        ("Cambodia would not allow the Cambodian court to prosecute Thai officials.", "173"),
        ("Chile offered to help Peru fight the Bolivian rebels.", "190"),
    ],
)
def test_the_caused_act_is_not_coded(rules_coder, text, code):
    assert not any(c[:3] == code[:3] for _s, _t, c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_a_done_help_codes_the_helped_act(rules_coder):
    triples = event_triples(rules_coder, "Kenya helped Uganda evade American sanctions.")
    assert ("UGA", "USA", "128") in triples
