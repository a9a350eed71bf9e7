"""actors14: "the militants" after a named armed group is that group's side.
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_the_militants_repeat_the_named_group(rules_coder):
    text = (
        "Hezbollah fighters crossed into northern Israel on Sunday. "
        "The militants attacked an army post near Metula."
    )
    triples = event_triples(rules_coder, text)
    assert any(s.startswith("LBNREB") and c.startswith("19") for s, _t, c in triples)
    assert not any(s.startswith("ISRREB") for s, _t, _c in triples)


@pytest.mark.slow
def test_indefinite_militants_are_a_new_group(rules_coder):
    text = (
        "Hezbollah fighters crossed into northern Israel on Sunday. "
        "Militants later attacked a police post in Jordan."
    )
    triples = event_triples(rules_coder, text)
    # the crossing is Hezbollah's own act (vocab22: 192); the attack in Jordan is not
    assert not any(s.startswith("LBN") for s, t, c in triples if c.startswith("19") and t != "ISR")
