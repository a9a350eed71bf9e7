"""defence24: the forces and officials of a breakaway region are coded by the side they fight
on where that is not the region's recognised owner (actors/data/countries.yaml): the bare word
"Karabakh" names the Armenian-held region's own actors (ARM), while the full place name
Nagorno-Karabakh stays Azerbaijan's (Abkhaz and South Ossetian forces stay Georgia's:
test_targets9_recognised_regions.py).
Sentences are written for these tests (none is from a gold file).
"""

from __future__ import annotations

from coding_helpers import event_triples


def test_karabakh_forces_act_for_armenia(rules_coder):
    events = event_triples(rules_coder, "Karabakh forces shelled the town of Tartar on Tuesday.")
    assert any(s == "ARMMIL" and c.startswith("19") for s, _t, c in events), events


def test_a_karabakh_army_unit_attacked_is_armenia_s(rules_coder):
    text = "Azerbaijani drones destroyed three Karabakh army trucks near the front."
    events = event_triples(rules_coder, text)
    assert any(s.startswith("AZE") and (t or "").startswith("ARM") for s, t, _c in events), events


def test_a_karabakh_minister_is_armenian(rules_coder):
    text = "Azerbaijani border guards detained a former Karabakh minister at a checkpoint."
    events = event_triples(rules_coder, text)
    assert any(t == "ARMGOV" and c == "173" for _s, t, c in events), events


def test_nagorno_karabakh_as_a_place_stays_azerbaijan_s(rules_coder):
    events = event_triples(rules_coder, "Armenia sent humanitarian aid to Nagorno-Karabakh on Monday.")
    assert any(t == "AZE" for _s, t, _c in events), events
