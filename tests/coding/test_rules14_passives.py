"""rules14: violence reported in the agentless passive ("five soldiers were killed") during a war
the story has told was done by the victims' enemy (policy ``enemy_doer_roots``,
``coding/sourcing.py``); a mishap ("killed in a helicopter crash") and a passive with no war
told give no event. Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples

WAR = "Somali troops attacked a Kenyan border post on Sunday. "


@pytest.mark.slow
def test_soldiers_killed_in_a_war_were_killed_by_the_enemy(rules_coder):
    triples = event_triples(rules_coder, WAR + "On Monday five Kenyan soldiers were killed near the border.")
    assert ("SOM", "KENMIL", "190") in triples


@pytest.mark.slow
def test_a_mishap_is_no_enemy_act(rules_coder):
    text = WAR + "On Monday five Kenyan soldiers were killed in a helicopter crash."
    assert not any(t == "KENMIL" for _s, t, _c in event_triples(rules_coder, text))


@pytest.mark.slow
def test_no_war_told_no_doer(rules_coder):
    text = "Five Kenyan soldiers were killed near the Somali border on Monday."
    assert event_triples(rules_coder, text) == set()


@pytest.mark.slow
def test_a_report_of_the_enemys_act_accuses_no_one(rules_coder):
    text = "Somali forces shelled Kenyan positions. Kenyan officials said three civilians were killed."
    assert not any(c.startswith("112") for _s, _t, c in event_triples(rules_coder, text))
