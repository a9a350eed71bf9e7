"""The scene of the sentence before carries over a paragraph break for a generic actor of a
document with no focus country (coding/generic.py ``earlier_place``). The sentences are written
for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples

TEXT = (
    "Latvia accused Russia on Monday of stirring up unrest, and Russia accused Latvia of "
    "persecuting its citizens. Russia recalled its ambassador, and Latvia expelled two Russian "
    "diplomats. Russia said Latvia would regret it. Latvia said Russia had started it.\n\n"
    "On Saturday hundreds of Russian speakers gathered at a memorial in Daugavpils.\n\n"
    "Police dispersed the crowd with tear gas and detained forty people."
)


def test_the_scene_of_the_paragraph_before(rules_coder):
    found = {(s[:3], c) for s, _t, c in event_triples(rules_coder, TEXT) if c.startswith("17")}
    assert ("LVA", "173") in found
