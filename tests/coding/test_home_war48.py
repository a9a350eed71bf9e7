"""home_war48: an act of war on an armed movement or its places ("bombed rebel positions",
"shelled militant hideouts") is a war at home, not one on the enemy the story last fought; in
a story about the source's own country the rebels are that country's. Sentences are written
for these tests."""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

STORY = (
    "Sri Lankan troops clashed with Indian troops on a disputed island on Friday. "
    "Sri Lankan troops bombed rebel positions in the Kegalle district on Sunday. "
    "Sri Lanka's president praised the army, and Sri Lanka's navy patrolled the coast."
)


@pytest.mark.slow
def test_bombing_rebel_positions_is_no_act_on_the_last_enemy(rules_coder):
    triples = event_triples(rules_coder, STORY, date="1971-04-28")
    bombings = [(s, t) for s, t, c in triples if c.startswith("18") or c.startswith("19")]
    assert ("LKAMIL", "LKA") in bombings, triples
    assert ("LKAMIL", "IND") not in bombings


@pytest.mark.slow
def test_shelling_the_enemy_stays_an_act_on_the_enemy(rules_coder):
    text = (
        "Indian troops fought Pakistani forces near Sialkot on Monday. "
        "Indian artillery then shelled the enemy positions across the river."
    )
    triples = event_triples(rules_coder, text, date="1971-12-07")
    assert any(
        s.startswith("IND") and t and t.startswith("PAK") and c == "194" for s, t, c in triples
    )
